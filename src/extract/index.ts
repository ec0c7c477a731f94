export { Extraction, ExtractedTask, NoteType, Priority, SuggestedOutput } from "./extraction.ts";
export type { ExtractContext } from "./extraction.ts";
export { extractWithRules } from "./extract-with-rules.ts";
