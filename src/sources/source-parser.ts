import type { SourceDocument, SourceKind } from "./source-document.ts";

/** Decoded text of one input file, with the name it arrived under. */
export type ParseInput = { text: string; fileName: string };

/** What a parser fills in; `read-source` adds the file name and the content and text hashes. */
export type ParsedSource = Omit<SourceDocument, "fileName" | "contentHash" | "textHash">;

/**
 * One input format. `detect` looks at content first (extension only as a tie-breaker) and returns
 * a confidence in [0, 1]; the parser with the highest score above 0 wins.
 * `parse` throws `SourceError` for input it recognises but cannot read (e.g. truncated).
 */
export interface SourceParser {
  readonly format: string;
  readonly kind: SourceKind;
  detect(input: ParseInput): number;
  parse(input: ParseInput): ParsedSource;
}

/** Raw bytes of an input that is not text (a .docx, a .pdf), with the name it arrived under. */
export type BinaryInput = { bytes: Uint8Array; fileName: string };

/**
 * A format read from bytes rather than decoded text (zip or PDF containers). `detect` looks at the
 * bytes (a signature) and returns a confidence in [0, 1]; `parse` may be asynchronous, since the
 * libraries for these formats are. The ParsedSource's `format` may name the variant found
 * (`teams-docx` for a Teams transcript read by the `docx` parser).
 */
export interface BinarySourceParser {
  readonly format: string;
  detect(input: BinaryInput): number;
  parse(input: BinaryInput): Promise<ParsedSource>;
}
