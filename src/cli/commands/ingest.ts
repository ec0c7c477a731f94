import path from "node:path";
import { ingestBatch, type SourceResult } from "../../pipeline/ingest-batch.ts";
import { findVault } from "../../vault/find-vault.ts";
import { loadConfig } from "../../vault/load-config.ts";
import { line, type CliIO } from "../io.ts";
import { renderPlanDiff } from "../render-plan-diff.ts";

export type IngestCommandOptions = { vault?: string; dryRun?: boolean; json?: boolean };

/** `mnemo ingest [paths...]`: exit 0 when every source was filed or skipped, 1 when any failed. */
export async function ingest(paths: string[], options: IngestCommandOptions, io: CliIO): Promise<number> {
  const root = findVault(options.vault, io.env, io.cwd);
  const config = await loadConfig(root);
  const dryRun = options.dryRun ?? false;
  const showProgress = !!io.stderr.isTTY && !options.json;
  const before = new Map<string, string>();
  const summary = await ingestBatch({
    root,
    config,
    inputs: paths.map((p) => path.resolve(io.cwd, p)),
    dryRun,
    onResult: (result, index, total) => {
      if (showProgress) io.stderr.write(`\r\x1b[K[${index + 1}/${total}] ${path.basename(result.file)}`);
      if (showProgress && index + 1 === total) io.stderr.write("\r\x1b[K");
      if (result.status === "failed") {
        line(io.stderr, `mnemo: ${result.file}: ${result.reason}${result.setAside ? ` (set aside in ${result.setAside})` : ""}`);
      }
      if (options.json) return;
      if (dryRun && result.status === "created") line(io.stdout, renderPlanDiff(result.plan, before));
      line(io.stdout, describe(result, dryRun));
    },
  });
  const c = summary.counts;
  if (options.json) {
    line(io.stdout, JSON.stringify({ vault: root, dryRun, counts: c, results: summary.results.map(publicResult) }, null, 2));
  } else {
    const verb = dryRun ? "would be " : "";
    line(
      io.stdout,
      `${dryRun ? "Dry run, nothing written: " : ""}${c.created} ${verb}created, ${c.updated} page${c.updated === 1 ? "" : "s"} ${verb}updated, ` +
        `${c.duplicate} skipped as duplicate, ${c.failed} failed`,
    );
  }
  return c.failed > 0 ? 1 : 0;
}

function describe(r: SourceResult, dryRun: boolean): string {
  const name = path.basename(r.file);
  if (r.status === "created") {
    const pages = r.plan.ops.filter((o) => o.kind !== "archive-source" && o.path !== r.note).length;
    return `${dryRun ? "would create" : "created"} ${r.note}${pages ? ` (+${pages} page${pages === 1 ? "" : "s"})` : ""}  ← ${name}`;
  }
  if (r.status === "duplicate") return `skipped ${name}: same content as ${r.note}`;
  return `failed ${name}: ${r.reason}`;
}

function publicResult(r: SourceResult) {
  if (r.status === "created") return { file: r.file, status: r.status, note: r.note, ops: r.plan.ops.map((o) => ({ kind: o.kind, path: o.kind === "archive-source" ? o.to : o.path })) };
  return r;
}
