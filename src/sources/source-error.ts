/** Why an input could not become a SourceDocument; `code` is stable for tests and `_failed/` reports. */
export type SourceErrorCode = "empty" | "binary" | "undecodable" | "truncated" | "unrecognised" | "unreadable";

/** The one error class of `sources/`: a problem with an input file, never a bug in Mnemo. */
export class SourceError extends Error {
  readonly code: SourceErrorCode;
  constructor(code: SourceErrorCode, reason: string) {
    super(reason);
    this.name = "SourceError";
    this.code = code;
  }
}
