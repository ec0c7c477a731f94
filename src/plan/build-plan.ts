import type { Extraction } from "../extract/extraction.ts";
import type { SourceKind } from "../sources/source-document.ts";
import { sha256 } from "../shared/sha256.ts";
import type { VaultConfig } from "../vault/config.ts";
import { ChangePlan, type FileOp } from "./change-plan.ts";
import { firstFreePath, safeFileName, splitExt } from "./file-names.ts";
import { newPersonPage, updatePersonPage, type LedgerEntry } from "./person-page.ts";
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
     */
    archive?: boolean;
    fileHash?: string;
  };
  extraction: Extraction;
  config: VaultConfig;
  /** `--force`: re-generate the note of content ingested before, keeping the user's edits. */
  regenerate?: boolean;
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
  const year = x.date.slice(0, 4);
  const { base, ext } = splitExt(source.fileName);
  const sourceRef = firstFreePath(`${config.folders.sources}/${ARCHIVE_FOLDER[source.kind]}/${year}`, base, ext, taken);
  const notePath = firstFreePath(noteFolder(x, config), `${x.date} - ${safeFileName(x.title)}`, ".md", taken);
  const ops: FileOp[] = [{ kind: "create-file", path: notePath, content: noteText(req, sourceRef) }, ...pageOps(req, state, notePath)];
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
  const merged = mergeNote(current, noteText(req, sourceRef));
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

function noteText(req: PlanRequest, sourceRef: string): string {
  return renderNote(req.extraction, {
    sourceKind: req.source.kind,
    sourceRef,
    contentHash: req.source.contentHash,
    textHash: req.source.textHash,
    ownerName: req.config.owner.name,
    linkedPeople: peopleWithPages(req.extraction, req.config),
  });
}

/** Each participant's page: created, or its ledger and last_contact brought up to date. */
function pageOps(req: PlanRequest, state: VaultState, notePath: string): FileOp[] {
  const { extraction: x, config } = req;
  const ops: FileOp[] = [];
  const entry: LedgerEntry = { date: x.date, notePath: notePath.replace(/\.md$/, ""), title: x.title };
  for (const name of peopleWithPages(x, config)) {
    const page = personPagePath(name, state, config);
    const current = state.files.get(page);
    if (current === undefined) {
      if (state.paths.has(page)) throw new Error(`planning needs the text of ${page}; read it with pagesToRead() first`);
      ops.push({ kind: "create-file", path: page, content: newPersonPage(name, entry) });
      continue;
    }
    const updated = updatePersonPage(current, entry);
    if (updated !== null) ops.push({ kind: "update-file", path: page, before: sha256(current), content: updated });
  }
  return ops;
}

/** The existing pages whose text `buildPlan` needs in `state.files`. */
export function pagesToRead(req: PlanRequest, state: VaultState): string[] {
  const previous = ingestedBefore(req, state);
  if (previous !== undefined && !req.regenerate) return [];
  const pages = peopleWithPages(req.extraction, req.config).map((name) => personPagePath(name, state, req.config));
  return [...(previous !== undefined ? [previous] : []), ...pages].filter((p) => state.paths.has(p));
}

/** Participants who get a page: everyone but the vault owner, each name once. */
function peopleWithPages(x: Extraction, config: VaultConfig): string[] {
  const self = new Set([config.owner.name, ...config.owner.aliases].map((n) => n.toLowerCase()));
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
