import type { Extraction } from "../extract/extraction.ts";
import type { SourceKind } from "../sources/source-document.ts";
import { sha256 } from "../shared/sha256.ts";
import type { VaultConfig } from "../vault/config.ts";
import { ChangePlan, type FileOp } from "./change-plan.ts";
import { firstFreePath, safeFileName, splitExt } from "./file-names.ts";
import { newPersonPage, updatePersonPage, type LedgerEntry } from "./person-page.ts";
import { renderNote } from "./render-note.ts";
import type { VaultState } from "./vault-state.ts";

export type PlanRequest = {
  source: {
    fileName: string;
    contentHash: string;
    kind: SourceKind;
    /** Absolute path of the input file. */
    path: string;
    /** `move` when the file sits in the vault's inbox, `copy` when it lives elsewhere. */
    mode: "move" | "copy";
  };
  extraction: Extraction;
  config: VaultConfig;
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
  const duplicateOf = state.ingested.get(source.contentHash);
  if (duplicateOf !== undefined) {
    return ChangePlan.parse({
      version: 1,
      source: { fileName: source.fileName, contentHash: source.contentHash },
      outcome: "duplicate",
      note: duplicateOf,
      ops: [],
    });
  }
  const taken = (p: string) => state.paths.has(p);
  const year = x.date.slice(0, 4);
  const { base, ext } = splitExt(source.fileName);
  const sourceRef = firstFreePath(`${config.folders.sources}/${ARCHIVE_FOLDER[source.kind]}/${year}`, base, ext, taken);
  const notePath = firstFreePath(noteFolder(x, config), `${x.date} - ${safeFileName(x.title)}`, ".md", taken);
  const people = peopleWithPages(x, config);

  const ops: FileOp[] = [
    {
      kind: "create-file",
      path: notePath,
      content: renderNote(x, {
        sourceKind: source.kind,
        sourceRef,
        contentHash: source.contentHash,
        ownerName: config.owner.name,
        linkedPeople: people,
      }),
    },
  ];
  const entry: LedgerEntry = { date: x.date, notePath: notePath.replace(/\.md$/, ""), title: x.title };
  for (const name of people) {
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
  ops.push({ kind: "archive-source", from: source.path, to: sourceRef, mode: source.mode, contentHash: source.contentHash });
  return ChangePlan.parse({
    version: 1,
    source: { fileName: source.fileName, contentHash: source.contentHash },
    outcome: "ingest",
    note: notePath,
    ops,
  });
}

/** The existing pages whose text `buildPlan` needs in `state.files`. */
export function pagesToRead(req: PlanRequest, state: VaultState): string[] {
  if (state.ingested.has(req.source.contentHash)) return [];
  return peopleWithPages(req.extraction, req.config)
    .map((name) => personPagePath(name, state, req.config))
    .filter((p) => state.paths.has(p));
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
