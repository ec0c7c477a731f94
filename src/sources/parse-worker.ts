// The worker thread of `parse-in-worker`: reads one file at a time, parses it and posts the
// SourceDocument, or the SourceError's code and reason. Runs in its own heap, so a parser that loops
// or exhausts memory takes down only this thread, never the batch.
import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import { fsReason } from "./fs-reason.ts";
import { parseHeldSource } from "./parse-source-bytes.ts";
import { parsers as builtIn } from "./parsers.ts";
import { SourceError } from "./source-error.ts";
import type { Segment, SourceDocument } from "./source-document.ts";
import type { SourceParser } from "./source-parser.ts";

export type WorkerRequest = { id: number; path: string; fileName: string; parserModules: readonly string[] };
export type WorkerReply =
  /** A batch of the document's segments, sent ahead of the document itself (which then has none). */
  | { id: number; segments: unknown[] }
  | { id: number; ok: true; document: unknown }
  | { id: number; ok: false; code: SourceError["code"]; message: string }
  | { ready: true };

const port = parentPort;
if (port === null) throw new Error("parse-worker.ts runs only as a worker thread");
const loaded = new Map<string, readonly SourceParser[]>();
/** Segments per message: a long transcript crosses to the main thread in batches, never as one huge copy. */
const BATCH = 20_000;

port.on("message", async (request: WorkerRequest) => {
  const reply = await handle(request);
  if ("ok" in reply && reply.ok) {
    const document = reply.document as SourceDocument;
    const segments: (Segment | null)[] = document.segments;
    for (let i = 0; segments.length > BATCH && i < segments.length; i += BATCH) {
      port.postMessage({ id: reply.id, segments: segments.slice(i, i + BATCH) } satisfies WorkerReply);
      segments.fill(null, i, i + BATCH); // sent: this thread may let them go
    }
    if (segments.length > BATCH) reply.document = { ...document, segments: [] };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies WorkerReply);

async function handle({ id, path, fileName, parserModules }: WorkerRequest): Promise<WorkerReply> {
  try {
    const extra = await extraParsers(parserModules);
    const held: { bytes: Uint8Array | null } = { bytes: null };
    try {
      held.bytes = await readFile(path);
    } catch (error) {
      throw new SourceError("unreadable", `cannot read ${fileName}: ${fsReason(error)}`);
    }
    const document = await parseHeldSource(held, fileName, extra.length > 0 ? { parsers: [...extra, ...builtIn] } : {});
    return { id, ok: true, document };
  } catch (error) {
    if (error instanceof SourceError) return { id, ok: false, code: error.code, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { id, ok: false, code: "parser-failed", message: `reading failed: ${message.split("\n")[0] ?? "unknown error"}` };
  }
}

/** Parsers from plug-in modules (each exports `parsers`), tried before the built-in ones. */
async function extraParsers(modules: readonly string[]): Promise<SourceParser[]> {
  const out: SourceParser[] = [];
  for (const spec of modules) {
    let list = loaded.get(spec);
    if (list === undefined) {
      const mod = (await import(spec)) as { parsers?: readonly SourceParser[] };
      list = mod.parsers ?? [];
      loaded.set(spec, list);
    }
    out.push(...list);
  }
  return out;
}
