/** Why an input could not become a SourceDocument; `code` is stable for tests and `_failed/` reports. */
export type SourceErrorCode =
  | "empty"
  | "binary"
  | "undecodable"
  | "truncated"
  | "unrecognised"
  | "unreadable"
  /** Bigger than the configured size limit; refused before reading. */
  | "too-large"
  /** Parsing took longer than the time limit; the worker was stopped. */
  | "timeout"
  /** Parsing needed more memory than the worker may use. */
  | "out-of-memory"
  /** A parser failed with an unexpected error (a bug, reported for this file only). */
  | "parser-failed"
  /** A tool the format needs (a speech-to-text engine, an audio converter) is not installed or configured. */
  | "missing-tool";

/** The one error class of `sources/`: a problem with an input file, never a bug in Mnemo. */
export class SourceError extends Error {
  readonly code: SourceErrorCode;
  constructor(code: SourceErrorCode, reason: string) {
    super(reason);
    this.name = "SourceError";
    this.code = code;
  }
}
