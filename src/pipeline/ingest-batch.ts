import { readFile } from "node:fs/promises";
import path from "node:path";
import { ZodError } from "zod";
import { Extraction, type ExtractContext } from "../extract/extraction.ts";
import { extractWithRules } from "../extract/extract-with-rules.ts";
import { advanceState } from "../plan/advance-state.ts";
import { buildPlan, pagesToRead, type PlanRequest } from "../plan/build-plan.ts";
import type { ChangePlan } from "../plan/change-plan.ts";
import type { VaultState } from "../plan/vault-state.ts";
import { readSource } from "../sources/read-source.ts";
import type { SourceDocument } from "../sources/source-document.ts";
import { SourceError } from "../sources/source-error.ts";
import { applyPlan, type AppliedArchive, type AppliedChange } from "../vault/apply-plan.ts";
import type { VaultConfig } from "../vault/config.ts";
import { readVaultState } from "../vault/read-vault-state.ts";
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
  onResult?: (result: SourceResult, index: number, total: number) => void;
};

export type SourceResult =
  | { file: string; status: "created"; note: string; plan: ChangePlan; before: ReadonlyMap<string, string> }
  | { file: string; status: "regenerated"; note: string; plan: ChangePlan; before: ReadonlyMap<string, string> }
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
};

type Prepared = { doc: SourceDocument; extraction: Extraction | null } | { error: unknown };

/**
 * The core of `mnemo ingest`: for each input, read → extract → plan → apply. Up to `jobs` inputs
 * are read and extracted ahead, but planning and applying happen strictly in input order against
 * the state the previous source left, so the vault comes out byte-identical whatever `jobs` is.
 * A source that fails is set aside with its reason and the batch goes on. In a dry run the plans
 * are made against an in-memory copy of the vault state and nothing is written.
 */
export async function ingestBatch(options: IngestOptions): Promise<IngestSummary> {
  const { root, config, dryRun } = options;
  const extract = options.extract ?? extractWithRules;
  const jobs = Math.max(1, options.jobs ?? 1);
  const inboxAbs = path.join(root, config.folders.inbox);
  const files = await collectInputs(options.inputs.length ? options.inputs : [inboxAbs]);
  const ctx: ExtractContext = { ownerName: config.owner.name, ownerAliases: config.owner.aliases };
  let state: VaultState = await readVaultState(root, config);
  const known = new Set(state.ingested.keys());
  const summary: IngestSummary = { files, results: [], counts: { created: 0, regenerated: 0, updated: 0, duplicate: 0, failed: 0 }, changes: [], archives: [], setAside: [] };
  const updatedPages = new Set<string>();

  const prepare = async (file: string): Promise<Prepared> => {
    try {
      const doc = await readSource(file);
      if (known.has(doc.contentHash) && !options.force) return { doc, extraction: null }; // ingested before: no need to extract
      try {
        return { doc, extraction: Extraction.parse(await extract(doc, ctx)) };
      } catch (error) {
        throw new Error(`extraction failed: ${describeFailure(error)}`);
      }
    } catch (error) {
      return { error };
    }
  };
  const ahead: Promise<Prepared>[] = [];
  const launch = (upTo: number) => {
    while (ahead.length < Math.min(files.length, upTo)) ahead.push(prepare(files[ahead.length]!));
  };

  for (const [index, file] of files.entries()) {
    launch(index + jobs);
    const prepared = await ahead[index]!;
    delete ahead[index]; // let the document be collected once it is filed
    const inInbox = isInside(inboxAbs, file);
    const mode = inInbox ? "move" : "copy";
    let result: SourceResult;
    try {
      if ("error" in prepared) throw prepared.error;
      const { doc, extraction } = prepared;
      const seen = state.ingested.get(doc.contentHash);
      if ((seen !== undefined && !options.force) || extraction === null) {
        result = { file, status: "duplicate", note: seen ?? "" };
      } else {
        const req: PlanRequest = {
          source: { fileName: doc.fileName, contentHash: doc.contentHash, kind: doc.kind, path: file, mode },
          extraction,
          config,
          regenerate: options.force === true,
        };
        state = await withPages(root, state, pagesToRead(req, state));
        const plan = buildPlan(req, state);
        if (plan.outcome === "duplicate") {
          result = { file, status: "duplicate", note: plan.note ?? "" };
        } else {
          const before = new Map(plan.ops.flatMap((o) => (o.kind === "update-file" ? [[o.path, state.files.get(o.path) ?? ""] as const] : [])));
          if (!dryRun) {
            const applied = await applyPlan(root, plan);
            summary.changes.push(...applied.files);
            summary.archives.push(...applied.archives);
          }
          state = advanceState(state, plan, config, inInbox ? toVaultPath(root, file) : null);
          known.add(doc.contentHash);
          for (const op of plan.ops) if (op.kind === "update-file") updatedPages.add(op.path);
          result = { file, status: plan.outcome === "regenerate" ? "regenerated" : "created", note: plan.note ?? "", plan, before };
        }
      }
    } catch (error) {
      const reason = describeFailure(error);
      let setAside: SetAside | null = null;
      if (!dryRun) setAside = await setAsideFailed(root, config.folders.inbox, file, reason, mode).catch(() => null);
      if (setAside) summary.setAside.push(setAside);
      result = { file, status: "failed", reason, setAside: setAside?.to ?? null };
    }
    summary.results.push(result);
    summary.counts[result.status]++;
    options.onResult?.(result, index, files.length);
  }
  summary.counts.updated = updatedPages.size;
  return summary;
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
