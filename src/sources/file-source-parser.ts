import type { SourceKind } from "./source-document.ts";
import type { ParsedSource } from "./source-parser.ts";

/** An input file as file-level parsers get it. */
export type FileParseInput = {
  bytes: Uint8Array;
  /** File name without folders. */
  fileName: string;
  /** Where the file is on disk (tools such as audio converters read it there), or null for bytes only. */
  path: string | null;
  /** The file's modification time, a date of last resort (voice notes), or null. */
  modified: Date | null;
  /** Environment that configures external tools (transcribers); `process.env` by default. */
  env: Readonly<Record<string, string | undefined>>;
};

/** One source read from a file, with the bytes it came from (hashed into its `contentHash`). */
export type ParsedPart = { source: ParsedSource; bytes: Uint8Array };

/**
 * A format read from the whole file rather than from decoded text: asynchronously (MIME mail, audio
 * that an external engine transcribes), with the file's path, time and environment at hand, and
 * possibly into several sources (an mbox holds many threads). `detect` sees the first bytes and the
 * file name and returns a confidence in [0, 1]. `parse` throws `SourceError` for input it recognises
 * but cannot read. Unlike `BinarySourceParser` (one document from a container such as .docx), it
 * is run by `read-source-documents`, not by `parseSource`.
 */
export interface FileSourceParser {
  readonly format: string;
  readonly kind: SourceKind;
  /** True when one file holds several sources: each is named `<file>#<n>` (see `read-source-documents`). */
  readonly splits: boolean;
  detect(head: Uint8Array, fileName: string): number;
  parse(input: FileParseInput): Promise<ParsedPart[]>;
}
