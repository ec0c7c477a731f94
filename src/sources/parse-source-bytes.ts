import { sha256 } from "../shared/sha256.ts";
import { basename } from "node:path";
import { binaryParsers as allBinaryParsers } from "./binary-parsers.ts";
import { decodeTextDetailed, type DecodedText } from "./decode-text.ts";
import { detectFormat } from "./detect-format.ts";
import { parsers as allParsers } from "./parsers.ts";
import { SourceDocument, type Segment } from "./source-document.ts";
import { SourceError } from "./source-error.ts";
import type { BinarySourceParser, ParsedSource, SourceParser } from "./source-parser.ts";
import { textHash } from "./text-hash.ts";

export type ParseSourceOptions = {
  /** Text formats to try (default: every built-in one). */
  parsers?: readonly SourceParser[];
  /** Byte formats to try first (default: every built-in one: .docx, .pdf). */
  binaryParsers?: readonly BinarySourceParser[];
};

/**
 * One input file's bytes as a validated SourceDocument, in this thread: decode → detect the text
 * format → parse → add the file name, the sha256 of the bytes and of the normalised text. Text formats
 * only (synchronous); `parseSource` also reads .docx and .pdf. Throws `SourceError` for inputs Mnemo
 * cannot read, including a parser that fails unexpectedly ("parser-failed").
 */
export function parseSourceBytes(bytes: Uint8Array, fileName: string, options: ParseSourceOptions = {}): SourceDocument {
  const name = basename(fileName);
  return parseDecoded(decodeTextDetailed(bytes, name), name, sha256(bytes), options);
}

/** `parseSourceBytes` for every format, byte formats (.docx, .pdf) included. */
export async function parseSource(bytes: Uint8Array, fileName: string, options: ParseSourceOptions = {}): Promise<SourceDocument> {
  return parseHeldSource({ bytes }, fileName, options);
}

/**
 * `parseSource` for a caller that lets go of the bytes: `held.bytes` is cleared as soon as they are
 * hashed and decoded, so that a large text file is not kept in memory both as bytes and as text.
 */
export async function parseHeldSource(held: { bytes: Uint8Array | null }, fileName: string, options: ParseSourceOptions = {}): Promise<SourceDocument> {
  const name = basename(fileName);
  // No local variable holds the bytes: once `held.bytes` is cleared they can be collected.
  const contentHash = sha256(held.bytes ?? new Uint8Array(0));
  const parser = binaryParserFor(held.bytes ?? new Uint8Array(0), name, options);
  if (parser === null) {
    const decoded = decodeTextDetailed(held.bytes ?? new Uint8Array(0), name);
    held.bytes = null;
    return parseDecoded(decoded, name, contentHash, options);
  }
  const input = { bytes: held.bytes ?? new Uint8Array(0), fileName: name };
  held.bytes = null;
  const parsed = await guardedAsync(parser.format, () => parser.parse(input));
  return finish(parsed, name, contentHash, () => textHash(parsed.segments.map((s) => s.text).join("\n")), []);
}

function binaryParserFor(bytes: Uint8Array, fileName: string, options: ParseSourceOptions): BinarySourceParser | null {
  let best: { parser: BinarySourceParser; score: number } | null = null;
  for (const parser of options.binaryParsers ?? allBinaryParsers) {
    const score = parser.detect({ bytes, fileName });
    if (score > 0 && (best === null || score > best.score)) best = { parser, score };
  }
  return best?.parser ?? null;
}

function parseDecoded(decoded: DecodedText, name: string, contentHash: string, options: ParseSourceOptions): SourceDocument {
  const input = { text: decoded.text, fileName: name };
  const parser = detectFormat(input, options.parsers ?? allParsers);
  if (parser === null) {
    const ext = /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1];
    throw new SourceError("unrecognised", `not a transcript, email or document format Mnemo reads (${ext === undefined ? "no extension" : `.${ext.toLowerCase()}`})`);
  }
  const hash = textHash(decoded.text);
  const parsed = guarded(parser.format, () => parser.parse(input));
  return finish(parsed, name, contentHash, () => hash, encodingWarnings(decoded));
}

function finish(parsed: ParsedSource, fileName: string, contentHash: string, hashText: () => string, extraWarnings: string[]): SourceDocument {
  const candidate = {
    ...parsed,
    fileName,
    contentHash,
    textHash: hashText(),
    warnings: [...extraWarnings, ...parsed.warnings],
  };
  // Segments are checked by hand: zod would copy every one of them, and a long transcript has millions.
  const checked = SourceDocument.safeParse({ ...candidate, segments: [] });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new SourceError("parser-failed", `the ${parsed.format} parser produced an invalid document (${issue?.path.join(".") ?? ""}: ${issue?.message ?? "?"})`);
  }
  const bad = parsed.segments.findIndex((s) => !isSegment(s));
  if (bad !== -1) throw new SourceError("parser-failed", `the ${parsed.format} parser produced an invalid segment (segments.${bad})`);
  return { ...checked.data, segments: parsed.segments };
}

/** The shape `Segment` describes, without zod's copy. */
function isSegment(s: Segment): boolean {
  const time = (t: unknown): boolean => t === null || (typeof t === "number" && t >= 0 && !Number.isNaN(t));
  return (s.speaker === null || typeof s.speaker === "string") && time(s.start) && time(s.end) && typeof s.text === "string";
}

function encodingWarnings(decoded: DecodedText): string[] {
  const warnings: string[] = [];
  if (decoded.encoding === "windows-1252") warnings.push("not valid UTF-8; read as Windows-1252");
  if (decoded.encoding === "macintosh") warnings.push("not valid UTF-8; read as Mac Roman");
  if (decoded.repaired !== undefined) {
    warnings.push(`repaired ${decoded.repaired} mis-decoded character${decoded.repaired === 1 ? "" : "s"} (UTF-8 once read as Windows-1252 or Mac Roman)`);
  }
  return warnings;
}

/** Runs a parser; an error other than `SourceError` is a bug in it, reported as that file's failure. */
function guarded<T>(format: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asParserFailure(format, error);
  }
}

async function guardedAsync<T>(format: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw asParserFailure(format, error);
  }
}

function asParserFailure(format: string, error: unknown): SourceError {
  if (error instanceof SourceError) return error;
  if (error instanceof RangeError && /Invalid string length|Array buffer allocation/.test(error.message)) {
    return new SourceError("out-of-memory", `the ${format} parser ran out of memory (${error.message})`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new SourceError("parser-failed", `the ${format} parser failed: ${message.split("\n")[0] ?? "unknown error"}`);
}
