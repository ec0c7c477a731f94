import type { SourceDocument, SourceKind } from "./source-document.ts";

/** Decoded text of one input file, with the name it arrived under. */
export type ParseInput = { text: string; fileName: string };

/** What a parser fills in; `read-source` adds the file name and content hash. */
export type ParsedSource = Omit<SourceDocument, "fileName" | "contentHash">;

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
