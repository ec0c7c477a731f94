import type { FileSourceParser } from "./file-source-parser.ts";
import { emlParser } from "./parse-eml.ts";
import { mboxParser } from "./parse-mbox.ts";
import { voiceParser } from "./voice/voice-parser.ts";

/** Formats read from the whole file by `readSourceDocuments`, before the text and document formats. */
export const fileSourceParsers: readonly FileSourceParser[] = [mboxParser, emlParser, voiceParser()];
