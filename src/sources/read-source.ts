import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import { fsReason } from "./fs-reason.ts";
import { parseInWorker } from "./parse-in-worker.ts";
import type { SourceDocument } from "./source-document.ts";
import { SourceError } from "./source-error.ts";

export { parseSource, parseSourceBytes } from "./parse-source-bytes.ts";
export type { ParseSourceOptions } from "./parse-source-bytes.ts";

/** Outcome of reading one inbox file, for callers that report failures instead of stopping. */
export type SourceResult =
  | { ok: true; fileName: string; document: SourceDocument }
  | { ok: false; fileName: string; error: SourceError };

export type ReadSourceOptions = {
  /** Time limit for decoding and parsing one file, in ms (default 30 s, plus 1 s per MB above 10 MB). */
  timeoutMs?: number;
  /** Files larger than this many bytes fail as "too-large" before they are read (default 512 MB). */
  maxBytes?: number;
  /** Heap limit of the parsing thread, in MB (default 1536, 3072 for files over 256 MB); a parser that needs more fails the file as "out-of-memory". */
  maxMemoryMb?: number;
  /** Modules (paths or file URLs) exporting `parsers`, tried before the built-in formats: plug-ins, and tests of misbehaving parsers. */
  parserModules?: readonly (string | URL)[];
};

export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
/** Heap limits of the parsing thread: enough for a 256 MB transcript, and twice that beyond. */
const MEMORY_MB = 1536;
const BIG_FILE_MEMORY_MB = 3072;
const BASE_TIMEOUT_MS = 30_000;

/**
 * Reads and parses one file into a validated SourceDocument. Decoding, detection and parsing run in a
 * worker thread, so that a parser that throws, hangs or exhausts memory fails only this file: as a
 * `SourceError` with its reason ("timeout", "out-of-memory", "parser-failed"). A file over the size
 * limit fails as "too-large" before it is read; file-system failures are "unreadable".
 */
export async function readSource(path: string, options: ReadSourceOptions = {}): Promise<SourceDocument> {
  const fileName = basename(path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error("folder"), { code: "EISDIR" });
    size = info.size;
  } catch (error) {
    throw new SourceError("unreadable", `cannot read ${fileName}: ${fsReason(error)}`);
  }
  if (size > maxBytes) {
    throw new SourceError("too-large", `file is ${megabytes(size)}, over the ${megabytes(maxBytes)} size limit`);
  }
  return parseInWorker({
    path,
    fileName,
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs(size),
    memoryMb: options.maxMemoryMb ?? (size > 256 * 1024 * 1024 ? BIG_FILE_MEMORY_MB : MEMORY_MB),
    parserModules: (options.parserModules ?? []).map((m) => (m instanceof URL ? m.href : /^[a-z]+:/i.test(m) ? m : pathToFileURL(m).href)),
  });
}

/** `readSource` that returns failures as values; errors other than `SourceError` are bugs and still throw. */
export async function readSourceResult(path: string, options: ReadSourceOptions = {}): Promise<SourceResult> {
  const fileName = basename(path);
  try {
    return { ok: true, fileName, document: await readSource(path, options) };
  } catch (error) {
    if (error instanceof SourceError) return { ok: false, fileName, error };
    throw error;
  }
}

/** 30 s, and for big files 1 s more per MB above 10 MB: a 200 MB transcript gets 220 s. */
function defaultTimeoutMs(size: number): number {
  const mb = size / (1024 * 1024);
  return Math.round(BASE_TIMEOUT_MS + Math.max(0, mb - 10) * 1000);
}

function megabytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
  }
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}
