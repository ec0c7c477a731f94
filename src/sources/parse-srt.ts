import type { Segment } from "./source-document.ts";
import type { ParseInput, ParsedSource, SourceParser } from "./source-parser.ts";
import { cueSpeakers } from "./cue-speakers.ts";
import { parseTimestamp } from "./parse-timestamp.ts";
import { SourceError } from "./source-error.ts";
import { splitCuePayload } from "./split-cue-payload.ts";
import { transcriptDocument } from "./transcript-document.ts";

const TIME = String.raw`\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}`;
const TIMING = new RegExp(String.raw`^\s*(${TIME})\s*-->\s*(${TIME})(?:\s+.*)?$`);
const SRT_TIMING = /^\s*\d{1,3}:\d{2}:\d{2},\d{1,3}\s*-->\s*\d{1,3}:\d{2}:\d{2},\d{1,3}/;
/** A line that begins like a timing line, complete or not (`00:00:05,0`, `00:00:05,000 --> 00:0`). */
const TIMING_START = /^\s*\d{1,3}:\d{2}(?::\d{0,2})?(?:[,.]\d*)?(?:\s*-{1,2}>?.*)?$/;
const INDEX = /^\s*\d+\s*$/;

type Cue = { start: number | null; end: number | null; lines: string[] };

/** SubRip subtitles: numbered cues, `00:00:01,000 --> 00:00:04,000`, optional `Name: ` before the text. */
export const srtParser: SourceParser = {
  format: "srt",
  kind: "transcript",

  detect({ text }: ParseInput): number {
    const lines = text.split("\n").map((l) => l.trim());
    const firstAt = lines.findIndex((l) => l !== "");
    if (firstAt !== -1 && INDEX.test(lines[firstAt] ?? "") && SRT_TIMING.test(lines[firstAt + 1] ?? "")) return 0.95;
    const timings = lines.filter((l) => SRT_TIMING.test(l)).length;
    return timings >= 2 ? 0.6 : timings === 1 ? 0.3 : 0;
  },

  parse({ text, fileName }: ParseInput): ParsedSource {
    const lines = text.split("\n");
    const lastContent = findLastIndex(lines, (l) => l.trim() !== "");
    const warnings: string[] = [];
    const cues: Cue[] = [];
    let skippedNoText = 0;
    let strayLines = 0;
    let i = 0;
    const isTimingAhead = (at: number): boolean => TIMING.test(lines[at] ?? "");

    while (i < lines.length) {
      const line = lines[i] ?? "";
      if (line.trim() === "") {
        i++;
        continue;
      }
      let index: string | null = null;
      if (INDEX.test(line) && !TIMING_START.test(line)) {
        index = line.trim();
        if (i === lastContent) {
          throw new SourceError("truncated", `the last cue (#${index}) has no timing line: the file looks truncated`);
        }
        i++;
      }
      const timingLine = lines[i] ?? "";
      const timing = TIMING.exec(timingLine);
      if (timing === null) {
        if (i === lastContent && TIMING_START.test(timingLine)) {
          throw new SourceError("truncated", `the last cue's timing line is cut off ("${timingLine.trim()}"): the file looks truncated`);
        }
        strayLines++;
        i++;
        continue;
      }
      i++;
      const payload: string[] = [];
      while (i < lines.length && (lines[i] ?? "").trim() !== "") {
        // No blank line between cues: a number followed by a timing line starts the next cue.
        if (INDEX.test(lines[i] ?? "") && isTimingAhead(i + 1)) break;
        payload.push(lines[i] ?? "");
        i++;
      }
      if (payload.length === 0) {
        if (i > lastContent) {
          throw new SourceError(
            "truncated",
            `the last cue${index === null ? "" : ` (#${index})`} has a timing line but no text: the file looks truncated`,
          );
        }
        skippedNoText++;
        continue;
      }
      cues.push({ start: parseTimestamp(timing[1] ?? ""), end: parseTimestamp(timing[2] ?? ""), lines: payload });
    }

    if (cues.length === 0) throw new SourceError("empty", "SRT file has no cues with text");
    if (skippedNoText > 0) warnings.push(`${skippedNoText} cue${skippedNoText === 1 ? "" : "s"} without text skipped`);
    if (strayLines > 0) warnings.push(`${strayLines} line${strayLines === 1 ? "" : "s"} outside any cue ignored`);

    const parts = cues.flatMap((cue) => splitCuePayload(cue.lines).map((p) => ({ start: cue.start, end: cue.end, text: p.text })));
    const labelled = cueSpeakers(parts.map((p) => p.text));
    const segments: Segment[] = parts.map((p, k) => ({
      speaker: labelled[k]?.speaker ?? null,
      start: p.start,
      end: p.end,
      text: labelled[k]?.text ?? p.text,
    }));
    return transcriptDocument({ format: "srt", fileName, heading: null, segments, warnings });
  },
};

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let k = items.length - 1; k >= 0; k--) if (test(items[k] as T)) return k;
  return -1;
}
