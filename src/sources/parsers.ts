import type { SourceParser } from "./source-parser.ts";
import { appleMailParser } from "./parse-apple-mail.ts";
import { macWhisperParser } from "./parse-macwhisper.ts";
import { srtParser } from "./parse-srt.ts";
import { speakerLinesParser } from "./parse-speaker-lines.ts";
import { webVttParser } from "./parse-webvtt.ts";

/** Every input format Mnemo reads; `detectFormat` picks the one that recognises a file best. */
export const parsers: readonly SourceParser[] = [
  macWhisperParser,
  webVttParser,
  srtParser,
  speakerLinesParser,
  appleMailParser,
];
