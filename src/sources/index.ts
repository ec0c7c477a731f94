export { EmailAddress, EmailMessage, Segment, SourceDocument, SourceKind } from "./source-document.ts";
export type { ParseInput, ParsedSource, SourceParser } from "./source-parser.ts";
export { SourceError } from "./source-error.ts";
export type { SourceErrorCode } from "./source-error.ts";
export { decodeText } from "./decode-text.ts";
export { detectFormat } from "./detect-format.ts";
export { parsers } from "./parsers.ts";
export { parseSourceBytes, readSource, readSourceResult } from "./read-source.ts";
export type { SourceResult } from "./read-source.ts";
