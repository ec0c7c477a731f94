import path from "node:path";
import { ingestBatch, type SourceResult } from "../../pipeline/ingest-batch.ts";
import { openVaultForRead, openVaultForWrite } from "../../pipeline/open-vault.ts";
import { recordRun } from "../../pipeline/record-run.ts";
import { notifyDesktop } from "../../watch/notify-desktop.ts";
import { watchInbox } from "../../watch/watch-inbox.ts";
import { openModelEngine } from "../open-model-engine.ts";
import { line, type CliIO } from "../io.ts";

export type WatchCommandOptions = {
  vault?: string;
  /** Milliseconds a file must stay the same size before it is ingested (default 2000). */
  settle?: string;
  /** Milliseconds between scans of the inbox (default 2000). */
  poll?: string;
  /** Seconds to wait for another mnemo holding the vault lock (default 60). */
  wait?: string;
  notify?: boolean;
  engine?: string;
  model?: string;
  baseUrl?: string;
};

/**
 * `mnemo watch`: ingests each file that lands in the inbox once it has stopped growing, one batch
 * at a time under the vault lock, exactly as `mnemo ingest` would (same pipeline, run record, undo).
 * One line per event on stdout; a bad file is set aside and watching goes on. Stops on Ctrl-C
 * (or when `signal` aborts, for tests).
 */
export async function watchCommand(options: WatchCommandOptions, io: CliIO, signal?: AbortSignal): Promise<number> {
  const { root, config } = await openVaultForRead({ vault: options.vault, env: io.env, cwd: io.cwd });
  const inbox = path.join(root, config.folders.inbox);
  const settleMs = millis(options.settle, 2000);
  const pollMs = millis(options.poll, 2000);
  const waitMs = millis(options.wait === undefined ? undefined : String(Number(options.wait) * 1000), 60_000);
  let stop = signal;
  let detach = () => {};
  if (!stop) {
    const controller = new AbortController();
    const onSignal = () => controller.abort();
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    detach = () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    };
    stop = controller.signal;
  }
  const overrides = { engine: options.engine, model: options.model, baseUrl: options.baseUrl };
  const model = await openModelEngine({ root, config, overrides, env: io.env, cwd: io.cwd, dryRun: false, warn: (m) => line(io.stderr, `mnemo: ${m}`) });
  const stamp = () => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  const say = (text: string, notify: boolean) => {
    line(io.stdout, `${stamp()} ${text}`);
    if (notify && options.notify) notifyDesktop("Mnemo", text);
  };
  line(io.stderr, `mnemo: watching ${inbox} (settle ${settleMs} ms, poll ${pollMs} ms); Ctrl-C stops`);
  try {
    await watchInbox({
      dir: inbox,
      settleMs,
      pollMs,
      signal: stop,
      onError: (error) => line(io.stderr, `mnemo: ${error instanceof Error ? error.message : String(error)}; will try again`),
      onReady: async (files) => {
        const startedAt = new Date();
        const opened = await openVaultForWrite({ vault: root, env: io.env, cwd: io.cwd, command: "watch", waitMs });
        try {
          for (const r of opened.recovered) line(io.stderr, `mnemo: rolled back an interrupted transaction for ${r.source}`);
          const summary = await ingestBatch({
            root,
            config: opened.config,
            inputs: files,
            dryRun: false,
            ...(model ? { extract: model.extract } : {}),
            env: io.env,
            onResult: (r) => say(describe(r, opened.config.folders.outbox), r.status !== "duplicate"),
          });
          const usage = model?.usage() ?? null;
          await recordRun(root, summary, { command: "watch", engine: usage ? `${usage.engine} ${usage.model}` : "rules", startedAt });
        } finally {
          await opened.release();
        }
      },
    });
    line(io.stderr, "mnemo: stopped watching");
    return 0;
  } finally {
    detach();
    await model?.close();
  }
}

function describe(r: SourceResult, outbox: string): string {
  const name = path.basename(r.file);
  if (r.status === "created" || r.status === "regenerated") {
    const drafts = r.plan.ops.filter((o) => o.kind === "create-file" && o.path.startsWith(`${outbox}/`) && !o.path.endsWith(".md")).length;
    return `${r.status} ${r.note}${drafts ? ` (+${drafts} draft${drafts === 1 ? "" : "s"} in ${outbox}/)` : ""} ← ${name}`;
  }
  if (r.status === "duplicate") return `skipped ${name}: same content as ${r.note}`;
  return `failed ${name}: ${r.reason}${r.setAside ? ` (set aside in ${r.setAside})` : ""}`;
}

function millis(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isFinite(n) && n >= 0 ? n : fallback;
}
