import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ZodError } from "zod";
import { backgroundOf, type Background } from "../extract/background-terms.ts";
import { Extraction, type ExtractContext } from "../extract/extraction.ts";
import { extractWithRules } from "../extract/extract-with-rules.ts";
import { advanceState } from "../plan/advance-state.ts";
import { archivePath, buildPlan, pagesToRead, type PlanRequest } from "../plan/build-plan.ts";
import { ChangePlan } from "../plan/change-plan.ts";
import type { VaultState } from "../plan/vault-state.ts";
import { readSourceFile, type SourceFile } from "../sources/read-source-documents.ts";
import type { ReadSourceOptions } from "../sources/read-source.ts";
import { withVoiceSettings } from "../sources/voice/voice-settings.ts";
import type { SourceDocument } from "../sources/source-document.ts";
import { SourceError } from "../sources/source-error.ts";
import { applyPlan, type AppliedArchive, type AppliedChange } from "../vault/apply-plan.ts";
import type { VaultConfig } from "../vault/config.ts";
import { readVaultState } from "../vault/read-vault-state.ts";
import { outboxThread } from "../outputs/outbox-thread.ts";
import { withSuggestedOutputs } from "../outputs/with-suggested-outputs.ts";
import { EMPTY_REGISTRY } from "../entities/entity-record.ts";
import { registryAfterPlan } from "../entities/registry-after-plan.ts";
import { resolveExtraction, type UnresolvedName } from "../entities/resolve-extraction.ts";
import { sourceNames } from "../entities/source-names.ts";
import { mergeUnresolved, planUnresolved, readUnresolved } from "../entities/unresolved-store.ts";
import { applyFileChanges } from "../entities/apply-file-changes.ts";
import { sha256 } from "../shared/sha256.ts";
import { collectInputs } from "./collect-inputs.ts";
import { setAsideFailed, type SetAside } from "./set-aside-failed.ts";

/** An extraction engine: the built-in rules (synchronous) or a model behind an API (asynchronous). */
export type Extractor = (doc: SourceDocument, ctx: ExtractContext) => Extraction | Promise<Extraction>;

export type IngestOptions = {
  root: string;
  config: VaultConfig;
  /** Files or folders; empty means the vault's inbox. */
  inputs: readonly string[];
  dryRun: boolean;
  extract?: Extractor;
  /** How many sources are read and extracted at once; plans are still applied in input order. */
  jobs?: number;
  /** Re-generate the notes of content ingested before, keeping every line the user added or changed. */
  force?: boolean;
  /** Per-file parse limits (size, time, memory); defaults are readSource's. */
  limits?: Pick<ReadSourceOptions, "maxBytes" | "timeoutMs" | "maxMemoryMb">;
  /** Settings for external tools (the voice transcriber); default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  onResult?: (result: SourceResult, index: number, total: number) => void;
};

export type SourceResult =
  | { file: string; status: "created"; note: string; plan: ChangePlan; before: ReadonlyMap<string, string>; unresolved?: UnresolvedName[] }
  | { file: string; status: "regenerated"; note: string; plan: ChangePlan; before: ReadonlyMap<string, string>; unresolved?: UnresolvedName[] }
  | { file: string; status: "duplicate"; note: string }
  | { file: string; status: "failed"; reason: string; setAside: string | null };

export type IngestSummary = {
  files: string[];
  results: SourceResult[];
  counts: { created: number; regenerated: number; updated: number; duplicate: number; failed: number };
  /** What was written, for the run record and undo (empty in a dry run). */
  changes: AppliedChange[];
  archives: AppliedArchive[];
  setAside: SetAside[];
  /** Names no entity could be chosen for (no page made), with the note that wrote them. */
  unresolved: (UnresolvedName & { note: string })[];
};

type Part = { doc: SourceDocument; extraction: Extraction | null };
type Prepared = { source: SourceFile; parts: Part[] } | { error: unknown };

/**
 * The core of `mnemo ingest`: for each input, read → extract → plan → apply. Up to `jobs` inputs
 * are read and extracted ahead, but planning and applying happen strictly in input order against
 * the state the previous source left, so the vault comes out byte-identical whatever `jobs` is.
 * A source that fails is set aside with its reason and the batch goes on. In a dry run the plans
 * are made against an in-memory copy of the vault state and nothing is written.
 */
export async function ingestBatch(options: IngestOptions): Promise<IngestSummary> {
  const { root, config, dryRun } = options;
  const extract = withSuggestedOutputs(options.extract ?? extractWithRules); // drafts for the outbox
  const jobs = Math.max(1, options.jobs ?? 1);
  const inboxAbs = path.join(root, config.folders.inbox);
  const files = await collectInputs(options.inputs.length ? options.inputs : [inboxAbs]);
  let state: VaultState = await readVaultState(root, config);
  // The people known when the batch starts, not as it goes: extraction runs ahead with --jobs,
  // and the same input must get the same prompt whatever N is.
  const knownPeople = [...new Set([...state.people.values()].map((p) => path.posix.basename(p, ".md")))].sort();
  // The user's vocabulary: the sources already archived in the vault and the batch's own, read once
  // before anything is extracted (so it is the same whatever --jobs is). A file ingested on its own
  // (watch mode) is still ranked against the vault it joins.
  const archived = [...state.paths].filter((p) => p.startsWith(`${config.folders.sources}/`)).sort().slice(-BACKGROUND_MAX_ARCHIVED);
  const background = await batchBackground([...archived.map((p) => path.join(root, ...p.split("/"))), ...files]);
  const ctx: ExtractContext = { ownerName: config.owner.name, ownerAliases: config.owner.aliases, knownPeople, background };
  const known = new Set(state.ingested.keys());
  const summary: IngestSummary = { files, results: [], counts: { created: 0, regenerated: 0, updated: 0, duplicate: 0, failed: 0 }, changes: [], archives: [], setAside: [], unresolved: [] };
  const updatedPages = new Set<string>();

  const isKnown = (doc: SourceDocument) => known.has(doc.contentHash) || known.has(doc.textHash);
  const prepare = async (file: string): Promise<Prepared> => {
    try {
      const source = await readSourceFile(file, { ...options.limits, env: withVoiceSettings(options.env ?? process.env, config.voice, root) });
      const parts: Part[] = [];
      for (const read of source.documents) {
        const doc = await dated(read, file);
        if (isKnown(doc) && !options.force) {
          parts.push({ doc, extraction: null }); // ingested before: no need to extract
          continue;
        }
        try {
          parts.push({ doc, extraction: Extraction.parse(await extract(doc, ctx)) });
        } catch (error) {
          const which = source.documents.length > 1 ? ` of ${doc.fileName}` : "";
          throw new Error(`extraction${which} failed: ${describeFailure(error)}`);
        }
      }
      return { source, parts };
    } catch (error) {
      return { error };
    }
  };
  const ahead: Promise<Prepared>[] = [];
  const launch = (upTo: number) => {
    while (ahead.length < Math.min(files.length, upTo)) ahead.push(prepare(files[ahead.length]!));
  };
  const report = (result: SourceResult, index: number) => {
    summary.results.push(result);
    summary.counts[result.status]++;
    options.onResult?.(result, index, files.length);
  };

  for (const [index, file] of files.entries()) {
    launch(index + jobs);
    const prepared = await ahead[index]!;
    delete ahead[index]; // let the documents be collected once they are filed
    const inInbox = isInside(inboxAbs, file);
    const mode = inInbox ? "move" : "copy";
    /** For a file of several sources: the archive path they share, and how many were filed. */
    let shared: { archiveTo: string; fileHash: string; filed: number } | null = null;
    try {
      if ("error" in prepared) throw prepared.error;
      const { source, parts } = prepared;
      const seenNote = (doc: SourceDocument) => state.ingested.get(doc.contentHash) ?? state.ingested.get(doc.textHash);
      const todo = parts.filter((p) => p.extraction !== null && (options.force || seenNote(p.doc) === undefined));
      if (todo.length === 0) {
        report({ file, status: "duplicate", note: seenNote(parts[0]!.doc) ?? "" }, index);
        continue;
      }
      // Several sources in one file (an mbox): a note each, all pointing at one archive path; the
      // file is archived with the last one (so a crash before then leaves it in the inbox to finish).
      const label = (doc: SourceDocument) => (parts.length > 1 ? `${path.dirname(file)}${path.sep}${doc.fileName}` : file);
      for (const [i, { doc, extraction }] of todo.entries()) {
        // Entities: every name resolved against the vault's people, accounts and projects first.
        const resolved = resolveExtraction(extraction!, state.entities ?? EMPTY_REGISTRY, config, sourceNames(doc));
        const req: PlanRequest = {
          source: {
            fileName: source.fileName,
            contentHash: doc.contentHash,
            textHash: doc.textHash,
            kind: doc.kind,
            path: file,
            mode,
            archive: i === todo.length - 1,
            fileHash: source.contentHash,
          },
          extraction: resolved.extraction,
          entities: resolved.plan,
          config,
          regenerate: options.force === true,
          thread: outboxThread(doc),
        };
        if (todo.length > 1) {
          shared ??= { archiveTo: archivePath(req, state), fileHash: source.contentHash, filed: 0 };
          req.source.archiveTo = shared.archiveTo;
        }
        state = await withPages(root, state, pagesToRead(req, state));
        const plan = buildPlan(req, state);
        if (plan.outcome === "duplicate") {
          report({ file: label(doc), status: "duplicate", note: plan.note ?? "" }, index);
          continue;
        }
        const before = new Map(plan.ops.flatMap((o) => (o.kind === "update-file" ? [[o.path, state.files.get(o.path) ?? ""] as const] : [])));
        if (!dryRun) {
          const applied = await applyPlan(root, plan);
          summary.changes.push(...applied.files);
          summary.archives.push(...applied.archives);
          if (shared) shared.filed++;
        }
        state = { ...advanceState(state, plan, config, inInbox ? toVaultPath(root, file) : null), entities: registryAfterPlan(state.entities ?? EMPTY_REGISTRY, plan, config.folders) };
        summary.unresolved.push(...resolved.unresolved.map((u) => ({ ...u, note: plan.note ?? "" })));
        known.add(doc.contentHash).add(doc.textHash);
        for (const op of plan.ops) if (op.kind === "update-file") updatedPages.add(op.path);
        report({ file: label(doc), status: plan.outcome === "regenerate" ? "regenerated" : "created", note: plan.note ?? "", plan, before, unresolved: resolved.unresolved }, index);
      }
    } catch (error) {
      const reason = describeFailure(error);
      let setAside: SetAside | null = null;
      if (!dryRun && shared && shared.filed > 0 && !summary.archives.some((a) => a.from === file)) {
        // Some parts of the file were filed: their notes point at the archive, so the file goes
        // there as planned, and a copy is set aside with the reason, to retry the rest from.
        const archived = await archiveOnly(root, file, { ...shared, mode }).catch(() => null);
        if (archived) {
          summary.archives.push(...archived);
          setAside = await setAsideFailed(root, config.folders.inbox, path.join(root, ...shared.archiveTo.split("/")), reason, "copy").catch(() => null);
        }
      }
      if (!dryRun && !setAside) setAside = await setAsideFailed(root, config.folders.inbox, file, reason, mode).catch(() => null);
      if (setAside) summary.setAside.push(setAside);
      report({ file, status: "failed", reason, setAside: setAside?.to ?? null }, index);
    }
  }
  summary.counts.updated = updatedPages.size;
  if (!dryRun && summary.unresolved.length) {
    const today = new Date().toISOString().slice(0, 10);
    const seen = summary.unresolved.map(({ name, reason, candidates, note }) => ({ name, reason, candidates, notes: note ? [note] : [], first_seen: today }));
    // Part of the run like any note: journaled, and recorded so that undo takes the names back.
    const change = await planUnresolved(root, mergeUnresolved(await readUnresolved(root), seen));
    if (change?.after) {
      await applyFileChanges(root, "unresolved names", [change]);
      summary.changes.push({ path: change.path, prior: change.before === null ? null : Buffer.from(change.before, "utf8").toString("base64"), after: sha256(change.after) });
    }
  }
  return summary;
}

/** Archives a file none of whose part plans did (the one that would have failed). */
async function archiveOnly(root: string, file: string, shared: { archiveTo: string; fileHash: string; mode: "move" | "copy" }) {
  const plan = ChangePlan.parse({
    version: 1,
    source: { fileName: path.basename(file), contentHash: shared.fileHash },
    outcome: "ingest",
    note: null,
    conflicts: [],
    ops: [{ kind: "archive-source", from: file, to: shared.archiveTo, mode: shared.mode, contentHash: shared.fileHash }],
  });
  return (await applyPlan(root, plan)).archives;
}

/** The source, dated by the file's modification day when neither its content nor its name says. */
async function dated(doc: SourceDocument, file: string): Promise<SourceDocument> {
  if (doc.date) return doc;
  const m = (await stat(file)).mtime;
  const day = `${m.getFullYear()}-${String(m.getMonth() + 1).padStart(2, "0")}-${String(m.getDate()).padStart(2, "0")}`;
  return { ...doc, date: day, warnings: [...doc.warnings, `no date in the content or file name; using the file's modification day ${day}`] };
}

async function withPages(root: string, state: VaultState, pages: string[]): Promise<VaultState> {
  const missing = pages.filter((p) => !state.files.has(p));
  if (missing.length === 0) return state;
  const files = new Map(state.files);
  for (const p of missing) files.set(p, await readFile(path.join(root, ...p.split("/")), "utf8"));
  return { ...state, files };
}

function describeFailure(error: unknown): string {
  if (error instanceof SourceError) return error.message;
  if (error instanceof ZodError) {
    const issues = error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    return `invalid result: ${issues.join("; ")}`;
  }
  if (error instanceof Error) return error.message.split("\n")[0] ?? String(error);
  return String(error);
}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}

function toVaultPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}

/** Text formats whose words the batch background reads straight from the file (no parsing). */
const PLAIN_TEXT = /\.(?:md|markdown|txt|text|eml|vtt|srt)$/i;
/** Larger files are left out of the background (an export of a whole mailbox says little per word). */
const BACKGROUND_MAX_BYTES = 4 * 2 ** 20;
/** The most recent archived sources read for the background (paths sort by year): enough for word rates, bounded in time. */
const BACKGROUND_MAX_ARCHIVED = 1000;

/**
 * How many of these plain-text files (archived sources and the batch's inputs) contain each word:
 * the background against which a source's topics are ranked (ExtractContext.background). Read from
 * the raw files; unreadable, binary and very large files are skipped.
 */
async function batchBackground(files: readonly string[]): Promise<Background> {
  const texts: string[] = [];
  for (const file of files) {
    if (!PLAIN_TEXT.test(file)) continue;
    const info = await stat(file).catch(() => null);
    if (!info?.isFile() || info.size > BACKGROUND_MAX_BYTES) continue;
    const text = await readFile(file, "utf8").catch(() => null);
    if (text !== null) texts.push(text);
  }
  return backgroundOf(texts);
}
