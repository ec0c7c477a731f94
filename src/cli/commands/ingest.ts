import path from "node:path";
import { ingestBatch, type SourceResult } from "../../pipeline/ingest-batch.ts";
import { openVaultForRead, openVaultForWrite } from "../../pipeline/open-vault.ts";
import { recordRun } from "../../pipeline/record-run.ts";
import { describeUsage } from "../../extract/llm/usage-meter.ts";
import { openModelEngine } from "../open-model-engine.ts";
import { line, type CliIO } from "../io.ts";
import { renderPlanDiff } from "../render-plan-diff.ts";
import { parseLimits, type ParseLimitFlags } from "../parse-limits.ts";

export type IngestCommandOptions = {
  vault?: string;
  dryRun?: boolean;
  json?: boolean;
  jobs?: string;
  wait?: string;
  force?: boolean;
  engine?: string;
  model?: string;
  baseUrl?: string;
} & ParseLimitFlags;

/** `mnemo ingest [paths...]`: exit 0 when every source was filed or skipped, 1 when any failed. */
export async function ingest(paths: string[], options: IngestCommandOptions, io: CliIO): Promise<number> {
  const dryRun = options.dryRun ?? false;
  const startedAt = new Date();
  const opened = dryRun
    ? { ...(await openVaultForRead({ vault: options.vault, env: io.env, cwd: io.cwd })), recovered: [], release: async () => {} }
    : await openVaultForWrite({ vault: options.vault, env: io.env, cwd: io.cwd, command: "ingest", waitMs: seconds(options.wait) * 1000 });
  const { root, config } = opened;
  let model: Awaited<ReturnType<typeof openModelEngine>> = null;
  try {
    const overrides = { engine: options.engine, model: options.model, baseUrl: options.baseUrl, jobs: options.jobs };
    model = await openModelEngine({ root, config, overrides, env: io.env, cwd: io.cwd, dryRun, warn: (m) => line(io.stderr, `mnemo: ${m}`) });
    if ("interrupted" in opened && opened.interrupted) {
      line(io.stderr, "mnemo: an interrupted run left changes to roll back; this dry run plans against the vault as it is (run `mnemo recover`)");
    }
    for (const r of opened.recovered) line(io.stderr, `mnemo: rolled back an interrupted transaction for ${r.source}`);
    const showProgress = !!io.stderr.isTTY && !options.json;
    const summary = await ingestBatch({
      root,
      config,
      inputs: paths.map((p) => path.resolve(io.cwd, p)),
      dryRun,
      jobs: Math.max(1, Number(options.jobs ?? config.engine?.jobs ?? 1) || 1),
      ...(model ? { extract: model.extract } : {}),
      force: options.force ?? false,
      limits: parseLimits(options),
      env: io.env,
      onResult: (result, index, total) => {
        if (showProgress) io.stderr.write(`\r\x1b[K[${index + 1}/${total}] ${path.basename(result.file)}`);
        if (showProgress && index + 1 === total) io.stderr.write("\r\x1b[K");
        if (result.status === "failed") {
          line(io.stderr, `mnemo: ${result.file}: ${result.reason}${result.setAside ? ` (set aside in ${result.setAside})` : ""}`);
        }
        if (options.json) return;
        if (dryRun && (result.status === "created" || result.status === "regenerated")) line(io.stdout, renderPlanDiff(result.plan, result.before));
        line(io.stdout, describe(result, dryRun, config.folders.outbox));
        if (result.status === "regenerated") for (const c of result.plan.conflicts) line(io.stdout, `  kept yours: ${c}`);
      },
    });
    const usage = model?.usage() ?? null;
    const engine = usage ? `${usage.engine} ${usage.model}` : "rules";
    const record = dryRun ? null : await recordRun(root, summary, { command: "ingest", engine, startedAt });
    if (!dryRun) await (await import("../../search/refresh-search-index.ts")).refreshSearchIndex(root, config, (m) => line(io.stderr, `mnemo: ${m}`));
    const c = summary.counts;
    if (options.json) {
      line(io.stdout, JSON.stringify({ vault: root, dryRun, run: record?.id ?? null, counts: c, ...(usage ? { engine: usage } : {}), unresolved: summary.unresolved, results: summary.results.map(publicResult) }, null, 2));
    } else {
      const verb = dryRun ? "would be " : "";
      line(
        io.stdout,
        `${dryRun ? "Dry run, nothing written: " : ""}${c.created} ${verb}created, ${c.regenerated ? `${c.regenerated} ${verb}regenerated, ` : ""}${c.updated} page${c.updated === 1 ? "" : "s"} ${verb}updated, ` +
          `${c.duplicate} skipped as duplicate, ${c.failed} failed`,
      );
      if (usage) line(io.stdout, `Engine ${describeUsage(usage)}`);
      const names = [...new Set(summary.unresolved.map((u) => u.name))];
      if (names.length) {
        line(io.stdout, `${names.length} name${names.length === 1 ? "" : "s"} not matched to a page with confidence (left unlinked): ${names.join(", ")}`);
        line(io.stdout, "  see `mnemo unresolved`; settle one with `mnemo alias add \"Name\" \"Page Name\"`");
      }
      if (record) line(io.stdout, `Run ${record.id}${record.git?.commit ? `, committed ${record.git.commit.slice(0, 10)}` : record.git?.note ? ` (${record.git.note})` : ""}; undo with \`mnemo undo ${record.id}\``);
    }
    return c.failed > 0 ? 1 : 0;
  } finally {
    await model?.close();
    await opened.release();
  }
}

function seconds(value: string | undefined): number {
  const n = Number(value ?? 0);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function describe(r: SourceResult, dryRun: boolean, outboxFolder: string): string {
  const name = path.basename(r.file);
  if (r.status === "created") {
    const outbox = (o: { path: string }) => o.path.startsWith(`${outboxFolder}/`);
    const pages = r.plan.ops.filter((o) => o.kind !== "archive-source" && o.path !== r.note && !outbox(o)).length;
    const drafts = r.plan.ops.filter((o) => o.kind === "create-file" && outbox(o) && !o.path.endsWith(".md")).length;
    return `${dryRun ? "would create" : "created"} ${r.note}${pages ? ` (+${pages} page${pages === 1 ? "" : "s"})` : ""}${drafts ? ` (+${drafts} draft${drafts === 1 ? "" : "s"} in ${outboxFolder}/)` : ""}  ← ${name}`;
  }
  if (r.status === "regenerated") return `${dryRun ? "would regenerate" : "regenerated"} ${r.note}${r.plan.ops.length ? "" : " (no change)"}  ← ${name}`;
  if (r.status === "duplicate") return `skipped ${name}: same content as ${r.note} (--force regenerates it)`;
  return `failed ${name}: ${r.reason}`;
}

function publicResult(r: SourceResult) {
  if (r.status === "created" || r.status === "regenerated") {
    return { file: r.file, status: r.status, note: r.note, conflicts: r.plan.conflicts, ops: r.plan.ops.map((o) => ({ kind: o.kind, path: o.kind === "archive-source" ? o.to : o.path })) };
  }
  return r;
}
