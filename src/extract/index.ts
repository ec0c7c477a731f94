export { Extraction, ExtractedTask, NoteType, Priority } from "./extraction.ts";
export type { ExtractContext } from "./extraction.ts";
export { extractWithRules } from "./extract-with-rules.ts";
