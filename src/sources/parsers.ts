import type { SourceParser } from "./source-parser.ts";
import { appleMailParser } from "./parse-apple-mail.ts";
import { macWhisperParser } from "./parse-macwhisper.ts";
import { srtParser } from "./parse-srt.ts";
import { speakerLinesParser } from "./parse-speaker-lines.ts";
import { webVttParser } from "./parse-webvtt.ts";
import { htmlParser } from "./parse-html.ts";
import { stampedTurnsParser } from "./parse-stamped-turns.ts";
import { textDocumentParser } from "./parse-text-document.ts";
import { whisperJsonParser } from "./parse-whisper-json.ts";

/** Every input format Mnemo reads; `detectFormat` picks the one that recognises a file best. */
export const parsers: readonly SourceParser[] = [
  macWhisperParser,
  webVttParser,
  srtParser,
  speakerLinesParser,
  appleMailParser,
  stampedTurnsParser,
  whisperJsonParser,
  htmlParser,
  // Last and weakest: a .md/.txt that is nothing more specific is a document.
  textDocumentParser,
];
