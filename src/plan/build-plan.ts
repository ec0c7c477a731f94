import type { EntityPlan } from "../entities/resolve-extraction.ts";
import type { Extraction } from "../extract/extraction.ts";
import type { OutboxThread } from "../outputs/outbox-thread.ts";
import { outboxLines } from "../outputs/outbox-lines.ts";
import { planOutputs } from "../outputs/plan-outputs.ts";
import type { SourceKind } from "../sources/source-document.ts";
import { sha256 } from "../shared/sha256.ts";
import type { VaultConfig } from "../vault/config.ts";
import { ChangePlan, type FileOp } from "./change-plan.ts";
import { firstFreePath, safeFileName, splitExt } from "./file-names.ts";
import { addKeyFacts, ensureTasksQuery, newPersonPage, updatePersonPage, type LedgerEntry } from "./person-page.ts";
import { mergeNote } from "./merge-note.ts";
import { renderNote } from "./render-note.ts";
import type { VaultState } from "./vault-state.ts";

export type PlanRequest = {
  source: {
    fileName: string;
    contentHash: string;
    /** sha256 of the normalised text: the same content re-encoded or renamed is a duplicate too. */
    textHash?: string;
    kind: SourceKind;
    /** Absolute path of the input file. */
    path: string;
    /** `move` when the file sits in the vault's inbox, `copy` when it lives elsewhere. */
    mode: "move" | "copy";
    /**
     * For a file holding several sources (an mbox: one per thread), every part's note points at the
     * archived file, and only the last part's plan archives it (`archive: false` for the others),
     * checking the whole file's hash (`fileHash`). Default: archive, with `contentHash`.
     * `archiveTo` is the archive path every part shares (see archivePath), whatever each part's date.
     */
    archive?: boolean;
    fileHash?: string;
    archiveTo?: string;
  };
  extraction: Extraction;
  config: VaultConfig;
  /** `--force`: re-generate the note of content ingested before, keeping the user's edits. */
  regenerate?: boolean;
  /** For an email source, its messages' headers: a reply draft in the outbox threads on them. */
  thread?: OutboxThread | null;
  /** The source's names resolved against the vault's people, accounts and projects (src/entities). */
  entities?: EntityPlan | undefined;
};

const ARCHIVE_FOLDER: Record<SourceKind, string> = {
  transcript: "Transcripts",
  email: "Email",
  document: "Documents",
  voice: "Voice",
};

/**
 * Turns one extraction plus the vault's current state into the changes that file it: the note,
 * each participant's page, and the archived source. Pure: no I/O, same inputs give the same plan.
 */
export function buildPlan(req: PlanRequest, state: VaultState): ChangePlan {
  const { source, extraction: x, config } = req;
  const duplicateOf = ingestedBefore(req, state);
  if (duplicateOf !== undefined) {
    if (req.regenerate) return regeneratePlan(req, state, duplicateOf);
    return ChangePlan.parse({
      version: 1,
      source: planSource(req),
      outcome: "duplicate",
      note: duplicateOf,
      conflicts: [],
      ops: [],
    });
  }
  const taken = (p: string) => state.paths.has(p);
  const sourceRef = source.archiveTo ?? archivePath(req, state);
  const notePath = firstFreePath(noteFolder(x, config), `${x.date} - ${safeFileName(x.title)}`, ".md", taken);
  // Suggested outputs (reply, follow-up, event) as drafts in the outbox, listed in the note.
  const outbox = planOutputs({ extraction: x, thread: req.thread ?? null, config, state, notePath, taken: (p) => taken(p) || p === notePath });
  const ops: FileOp[] = [{ kind: "create-file", path: notePath, content: noteText(req, sourceRef, outbox.noteLines) }, ...pageOps(req, state, notePath), ...outbox.ops];
  if (source.archive !== false) {
    ops.push({ kind: "archive-source", from: source.path, to: sourceRef, mode: source.mode, contentHash: source.fileHash ?? source.contentHash });
  }
  return ChangePlan.parse({
    version: 1,
    source: planSource(req),
    outcome: "ingest",
    note: notePath,
    conflicts: [],
    ops,
  });
}

/**
 * `--force`: the note made from this content before is written again from the new extraction,
 * merged so that every line the user added or changed stays (see mergeNote). The source is
 * already archived; nothing moves.
 */
function regeneratePlan(req: PlanRequest, state: VaultState, notePath: string): ChangePlan {
  const current = state.files.get(notePath);
  if (current === undefined) throw new Error(`planning needs the text of ${notePath}; read it with pagesToRead() first`);
  const sourceRef = /^source_ref:\s*['"]?(.*?)['"]?\s*$/m.exec(current)?.[1] ?? "";
  const merged = mergeNote(current, noteText(req, sourceRef, outboxLines(current)));
  const ops: FileOp[] = [];
  if (merged.content !== current) ops.push({ kind: "update-file", path: notePath, before: sha256(current), content: merged.content });
  ops.push(...pageOps(req, state, notePath));
  return ChangePlan.parse({
    version: 1,
    source: planSource(req),
    outcome: "regenerate",
    note: notePath,
    conflicts: merged.conflicts,
    ops,
  });
}

function planSource(req: PlanRequest): ChangePlan["source"] {
  const { fileName, contentHash, textHash } = req.source;
  return textHash ? { fileName, contentHash, textHash } : { fileName, contentHash };
}

/** The note made before from the same bytes or the same normalised text, if any. */
export function ingestedBefore(req: PlanRequest, state: VaultState): string | undefined {
  return state.ingested.get(req.source.contentHash) ?? (req.source.textHash ? state.ingested.get(req.source.textHash) : undefined);
}

/** Where the source file goes in the archive: `<sources>/<Kind>/<year of the source>/<file name>`, first free name. */
export function archivePath(req: PlanRequest, state: VaultState): string {
  const { base, ext } = splitExt(req.source.fileName);
  const folder = `${req.config.folders.sources}/${ARCHIVE_FOLDER[req.source.kind]}/${req.extraction.date.slice(0, 4)}`;
  return firstFreePath(folder, base, ext, (p) => state.paths.has(p));
}

function noteText(req: PlanRequest, sourceRef: string, outbox: readonly string[] = []): string {
  return renderNote(req.extraction, {
    outbox,
    sourceKind: req.source.kind,
    sourceRef,
    contentHash: req.source.contentHash,
    textHash: req.source.textHash,
    ownerName: req.config.owner.name,
    linkedPeople: [...peopleWithPages(req), ...(req.entities?.linked ?? [])],
    classification: req.entities?.classification,
  });
}

/**
 * Each participant's page, and each account, project or known person the source involves: created,
 * or its ledger, last_contact and key facts brought up to date (people get an open-tasks query).
 */
function pageOps(req: PlanRequest, state: VaultState, notePath: string): FileOp[] {
  const { extraction: x } = req;
  const ops: FileOp[] = [];
  const entry: LedgerEntry = { date: x.date, notePath: notePath.replace(/\.md$/, ""), title: x.title };
  const done = new Set<string>();
  for (const { name, type, page } of pagesOf(req, state)) {
    if (done.has(page)) continue;
    done.add(page);
    const facts = req.entities?.facts[name] ?? [];
    const current = state.files.get(page);
    if (current === undefined) {
      if (state.paths.has(page)) throw new Error(`planning needs the text of ${page}; read it with pagesToRead() first`);
      ops.push({ kind: "create-file", path: page, content: newPersonPage(name, entry, req.entities ? { type, email: req.entities.emails[name], facts } : {}) });
      continue;
    }
    let updated = updatePersonPage(current, entry) ?? current;
    if (req.entities) {
      updated = addKeyFacts(updated, facts) ?? updated;
      if (type === "person") updated = ensureTasksQuery(updated, name) ?? updated;
    }
    if (updated !== current) ops.push({ kind: "update-file", path: page, before: sha256(current), content: updated });
  }
  return ops;
}

/** The pages a source touches: its participants' and the other entities it involves. */
function pagesOf(req: PlanRequest, state: VaultState): { name: string; type: "person" | "account" | "project"; page: string }[] {
  const people = peopleWithPages(req).map((name) => ({ name, type: "person" as const, page: personPagePath(name, state, req.config) }));
  const folder = { person: req.config.folders.people, account: req.config.folders.accounts, project: req.config.folders.projects };
  const others = (req.entities?.involved ?? []).map((e) => ({
    name: e.name,
    type: e.type,
    page: e.path ?? (e.type === "person" ? personPagePath(e.name, state, req.config) : (state.entities?.entities.find((k) => k.type === e.type && k.name.toLowerCase() === e.name.toLowerCase())?.path ?? `${folder[e.type]}/${safeFileName(e.name)}.md`)),
  }));
  return [...people, ...others];
}

/** The existing pages whose text `buildPlan` needs in `state.files`. */
export function pagesToRead(req: PlanRequest, state: VaultState): string[] {
  const previous = ingestedBefore(req, state);
  if (previous !== undefined && !req.regenerate) return [];
  const pages = pagesOf(req, state).map((p) => p.page);
  return [...(previous !== undefined ? [previous] : []), ...pages].filter((p) => state.paths.has(p));
}

/** Participants who get a page: everyone but the vault owner and names left unresolved, each name once. */
function peopleWithPages(req: PlanRequest): string[] {
  const { extraction: x, config } = req;
  const self = new Set([config.owner.name, ...config.owner.aliases, ...(req.entities?.noPage ?? [])].map((n) => n.toLowerCase()));
  const seen = new Set<string>();
  return x.participants.filter((p) => {
    const key = p.trim().toLowerCase();
    if (!key || self.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function personPagePath(name: string, state: VaultState, config: VaultConfig): string {
  return state.people.get(name.toLowerCase()) ?? `${config.folders.people}/${safeFileName(name)}.md`;
}

function noteFolder(x: Extraction, config: VaultConfig): string {
  const year = x.date.slice(0, 4);
  switch (x.note_type) {
    case "email":
      return `${config.folders.email}/${year}`;
    case "document":
      return config.folders.documents;
    default:
      return `${config.folders.meetings}/${year}`;
  }
}
