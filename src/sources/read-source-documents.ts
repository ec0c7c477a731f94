import { sha256 } from "../shared/sha256.ts";
import { open, readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { FileSourceParser, ParsedPart } from "./file-source-parser.ts";
import { fileSourceParsers } from "./file-source-parsers.ts";
import { DEFAULT_MAX_BYTES, readSource, type ReadSourceOptions } from "./read-source.ts";
import { SourceDocument } from "./source-document.ts";
import { SourceError } from "./source-error.ts";
import { textHash } from "./text-hash.ts";

/** How much of a file the file-level parsers see to recognise it. */
const HEAD_BYTES = 64 * 1024;

/** `readSource`'s options (size and time limits for the formats it reads), and: */
export type ReadDocumentsOptions = ReadSourceOptions & {
  /** Configures external tools (the voice transcriber); default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** File-level formats to try first (default: mbox, .eml, voice recordings). */
  parsers?: readonly FileSourceParser[];
};

/** One input file and the sources read from it. */
export type SourceFile = {
  /** File name without folders: the name to archive the file under. */
  fileName: string;
  /** sha256 of the whole file: the identity of the file itself, for archiving it once. */
  contentHash: string;
  /**
   * One document for most formats; one per thread for an mbox, each named `<file>#<n>` (n from 1, in
   * the order threads start in the file) with the sha256 of that thread's own messages as its contentHash.
   */
  documents: SourceDocument[];
};

/**
 * Reads one input file into its sources: mbox mailboxes (one per thread), .eml messages and voice
 * recordings (transcribed) by the file-level parsers, everything else through `readSource`.
 * Throws `SourceError` for a file Mnemo cannot read, as `readSource` does.
 */
export async function readSourceFile(file: string, options: ReadDocumentsOptions = {}): Promise<SourceFile> {
  const path = resolve(file);
  const fileName = basename(path);
  const head = await readHead(path);
  const parser = head === null ? null : pickParser(head, fileName, options.parsers ?? fileSourceParsers);
  if (parser === null) {
    const document = await readSource(path, options);
    return { fileName, contentHash: document.contentHash, documents: [document] };
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const info = await stat(path).catch(() => null);
  if (info !== null && info.size > maxBytes) {
    throw new SourceError("too-large", `file is ${Math.round(info.size / 2 ** 20)} MB, over the ${Math.round(maxBytes / 2 ** 20)} MB size limit`);
  }
  const bytes = await readFile(path);
  const modified = info?.mtime ?? null;
  let parts: ParsedPart[];
  try {
    parts = await parser.parse({ bytes, fileName, path, modified, env: options.env ?? process.env });
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new SourceError("parser-failed", `the ${parser.format} parser failed: ${message.split("\n")[0] ?? "unknown error"}`);
  }
  const documents = parts.map(({ source, bytes: partBytes }, index) => {
    const candidate = {
      ...source,
      fileName: parser.splits ? `${fileName}#${index + 1}` : fileName,
      contentHash: sha256(partBytes),
      textHash: textHash(source.segments.map((segment) => segment.text).join("\n")),
    };
    const checked = SourceDocument.safeParse(candidate);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new SourceError("parser-failed", `the ${source.format} parser produced an invalid document (${issue?.path.join(".") ?? ""}: ${issue?.message ?? "?"})`);
    }
    return checked.data;
  });
  return { fileName, contentHash: sha256(bytes), documents };
}

/** The documents of `readSourceFile`: a one-element array for single-source formats. */
export async function readSourceDocuments(path: string, options: ReadDocumentsOptions = {}): Promise<SourceDocument[]> {
  return (await readSourceFile(path, options)).documents;
}

/**
 * For a document read from a file that holds several (`archive.mbox#2`): the file's name and the
 * document's number. Null for a document that is a whole file.
 */
export function sourcePart(fileName: string): { fileName: string; part: number } | null {
  const match = /^(.+\.(?:mbox|mbx))#([1-9]\d*)$/i.exec(fileName) ?? /^(mbox)#([1-9]\d*)$/i.exec(fileName);
  return match ? { fileName: match[1]!, part: Number(match[2]) } : null;
}

function pickParser(head: Uint8Array, fileName: string, parsers: readonly FileSourceParser[]): FileSourceParser | null {
  let best: { parser: FileSourceParser; score: number } | null = null;
  for (const parser of parsers) {
    const score = parser.detect(head, fileName);
    if (score > 0 && (best === null || score > best.score)) best = { parser, score };
  }
  return best?.parser ?? null;
}

/** The first bytes of the file, or null when it cannot be read or is empty (`readSource` then says why). */
async function readHead(path: string): Promise<Uint8Array | null> {
  try {
    const handle = await open(path, "r");
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return bytesRead === 0 ? null : buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}
