import { readFile } from "node:fs/promises";
import path from "node:path";
import { Extraction, type ExtractContext } from "../extract/extraction.ts";
import { extractWithRules } from "../extract/extract-with-rules.ts";
import { advanceState } from "../plan/advance-state.ts";
import { buildPlan, pagesToRead, type PlanRequest } from "../plan/build-plan.ts";
import type { ChangePlan } from "../plan/change-plan.ts";
import type { VaultState } from "../plan/vault-state.ts";
import { readSource } from "../sources/read-source.ts";
import type { SourceDocument } from "../sources/source-document.ts";
import { SourceError } from "../sources/source-error.ts";
import { applyPlan } from "../vault/apply-plan.ts";
import type { VaultConfig } from "../vault/config.ts";
import { readVaultState } from "../vault/read-vault-state.ts";
import { collectInputs } from "./collect-inputs.ts";
import { setAsideFailed } from "./set-aside-failed.ts";

/** An extraction engine: the built-in rules (synchronous) or a model behind an API (asynchronous). */
export type Extractor = (doc: SourceDocument, ctx: ExtractContext) => Extraction | Promise<Extraction>;

export type IngestOptions = {
  root: string;
  config: VaultConfig;
  /** Files or folders; empty means the vault's inbox. */
  inputs: readonly string[];
  dryRun: boolean;
  extract?: Extractor;
  onResult?: (result: SourceResult, index: number, total: number) => void;
};

export type SourceResult =
  | { file: string; status: "created"; note: string; plan: ChangePlan }
  | { file: string; status: "duplicate"; note: string }
  | { file: string; status: "failed"; reason: string; setAside: string | null };

export type IngestSummary = {
  results: SourceResult[];
  counts: { created: number; updated: number; duplicate: number; failed: number };
};

/**
 * The composition root of `mnemo ingest`: for each input, read → extract → plan → apply, one source
 * at a time. A source that fails is set aside with its reason and the batch goes on. In a dry run
 * the same plans are made against an in-memory copy of the vault state and nothing is written.
 */
export async function ingestBatch(options: IngestOptions): Promise<IngestSummary> {
  const { root, config, dryRun } = options;
  const extract = options.extract ?? extractWithRules;
  const inboxAbs = path.join(root, config.folders.inbox);
  const files = await collectInputs(options.inputs.length ? options.inputs : [inboxAbs]);
  const ctx: ExtractContext = { ownerName: config.owner.name, ownerAliases: config.owner.aliases };
  let state: VaultState = await readVaultState(root, config);
  const results: SourceResult[] = [];
  const updatedPages = new Set<string>();

  for (const [index, file] of files.entries()) {
    const inInbox = isInside(inboxAbs, file);
    const mode = inInbox ? "move" : "copy";
    let result: SourceResult;
    try {
      const doc = await readSource(file);
      const seen = state.ingested.get(doc.contentHash);
      if (seen !== undefined) {
        result = { file, status: "duplicate", note: seen };
        results.push(result);
        options.onResult?.(result, index, files.length);
        continue;
      }
      const extraction = Extraction.parse(await extract(doc, ctx));
      const req: PlanRequest = {
        source: { fileName: doc.fileName, contentHash: doc.contentHash, kind: doc.kind, path: file, mode },
        extraction,
        config,
      };
      state = await withPages(root, state, pagesToRead(req, state));
      const plan = buildPlan(req, state);
      if (plan.outcome === "duplicate") {
        result = { file, status: "duplicate", note: plan.note ?? "" };
      } else {
        if (!dryRun) await applyPlan(root, plan);
        const inboxRel = inInbox ? toVaultPath(root, file) : null;
        state = advanceState(state, plan, config, inboxRel);
        for (const op of plan.ops) if (op.kind === "update-file") updatedPages.add(op.path);
        result = { file, status: "created", note: plan.note ?? "", plan };
      }
    } catch (error) {
      const reason = describeFailure(error);
      const setAside = dryRun ? null : await setAsideFailed(root, config.folders.inbox, file, reason, mode).catch(() => null);
      result = { file, status: "failed", reason, setAside };
    }
    results.push(result);
    options.onResult?.(result, index, files.length);
  }
  const count = (s: SourceResult["status"]) => results.filter((r) => r.status === s).length;
  return {
    results,
    counts: { created: count("created"), updated: updatedPages.size, duplicate: count("duplicate"), failed: count("failed") },
  };
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
  if (error instanceof Error && error.name === "ZodError") return `extraction gave an invalid result: ${error.message.split("\n")[0]}`;
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
