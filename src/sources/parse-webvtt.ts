import type { Segment } from "./source-document.ts";
import type { ParseInput, ParsedSource, SourceParser } from "./source-parser.ts";
import { cueSpeakers } from "./cue-speakers.ts";
import { parseTimestamp } from "./parse-timestamp.ts";
import { SourceError } from "./source-error.ts";
import { splitCuePayload } from "./split-cue-payload.ts";
import { transcriptDocument } from "./transcript-document.ts";

const TIME = String.raw`(?:\d{1,3}:)?\d{1,2}:\d{2}\.\d{3}`;
const TIMING = new RegExp(String.raw`^\s*(${TIME})\s+-->\s+(${TIME})(?:\s+.*)?$`);
const TIMING_START = /^\s*(?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d*)?(?:\s|-|$)/;

type Part = { start: number | null; end: number | null; voice: string | null; text: string };

/**
 * WebVTT captions (Teams, Zoom, Google Meet, YouTube): `<v Name>` voices or `Name: text` cues,
 * NOTE/STYLE/REGION blocks skipped, each cue (or voice within a cue) one segment.
 */
export const webVttParser: SourceParser = {
  format: "webvtt",
  kind: "transcript",

  detect({ text }: ParseInput): number {
    if (/^WEBVTT(?:[ \t]|$)/.test(text.replace(/^\uFEFF/, "").split("\n", 1)[0] ?? "")) return 1;
    const timings = text.split("\n").filter((l) => TIMING.test(l)).length;
    return timings >= 2 ? 0.5 : timings === 1 ? 0.3 : 0;
  },

  parse({ text, fileName }: ParseInput): ParsedSource {
    const warnings: string[] = [];
    const blocks = toBlocks(text);
    const dateHints: string[] = [];
    let heading: string | null = null;

    const first = blocks[0];
    if (first !== undefined && /^WEBVTT/.test(first[0] ?? "")) {
      blocks.shift();
      heading = (first[0] ?? "").replace(/^WEBVTT[\s\-–—:]*/, "").trim() || null;
      const cueAt = first.findIndex((l) => l.includes("-->"));
      dateHints.push(...first.slice(1, cueAt === -1 ? undefined : Math.max(1, cueAt - 1)));
      if (cueAt !== -1) blocks.unshift(first.slice(Math.max(1, cueAt - 1)));
    } else {
      warnings.push("no WEBVTT header line");
    }

    const parts: Part[] = [];
    let skippedNoText = 0;
    let skippedBadTiming = 0;
    blocks.forEach((block, b) => {
      const isLast = b === blocks.length - 1;
      const head = block[0] ?? "";
      if (/^NOTE(?:\s|$)/.test(head)) {
        dateHints.push(block.join(" "));
        return;
      }
      if (/^(?:STYLE|REGION)(?:\s|$)/.test(head)) return;
      const timingAt = block.findIndex((l) => l.includes("-->"));
      const timingLine = timingAt === -1 ? (block.find((l) => TIMING_START.test(l)) ?? null) : (block[timingAt] ?? null);
      const timing = timingLine === null ? null : TIMING.exec(timingLine);
      if (timing === null) {
        if (isLast) {
          throw new SourceError(
            "truncated",
            timingLine === null
              ? `the last cue ("${head.slice(0, 40)}") has no timing line: the file looks truncated`
              : `the last cue's timing line is cut off ("${timingLine.trim()}"): the file looks truncated`,
          );
        }
        skippedBadTiming++;
        return;
      }
      const payload = block.slice(timingAt + 1);
      const start = parseTimestamp(timing[1] ?? "");
      const end = parseTimestamp(timing[2] ?? "");
      if (isLast && payload.length > 0 && /<[^>]*$/.test(payload[payload.length - 1] ?? "")) {
        throw new SourceError("truncated", "the last cue ends inside a tag: the file looks truncated");
      }
      const cueParts = splitCuePayload(payload);
      if (cueParts.length === 0) {
        if (isLast) throw new SourceError("truncated", `the last cue (at ${timing[1]}) has no text: the file looks truncated`);
        skippedNoText++;
        return;
      }
      for (const p of cueParts) parts.push({ start, end, voice: p.voice, text: p.text });
    });

    if (parts.length === 0 && skippedNoText === 0 && skippedBadTiming === 0) {
      throw new SourceError("empty", "WebVTT file has no cues");
    }
    if (skippedNoText > 0) warnings.push(`${skippedNoText} cue${skippedNoText === 1 ? "" : "s"} without text skipped`);
    if (skippedBadTiming > 0) {
      warnings.push(`${skippedBadTiming} block${skippedBadTiming === 1 ? "" : "s"} without a readable timing line skipped`);
    }

    const unvoiced = parts.filter((p) => p.voice === null);
    const labelled = cueSpeakers(unvoiced.map((p) => p.text));
    let u = 0;
    const segments: Segment[] = parts.map((p) => {
      if (p.voice !== null) return { speaker: p.voice, start: p.start, end: p.end, text: p.text };
      const l = labelled[u++] ?? { speaker: null, text: p.text };
      return { speaker: l.speaker, start: p.start, end: p.end, text: l.text };
    });

    return transcriptDocument({ format: "webvtt", fileName, heading, dateHints, segments, warnings });
  },
};

/** Runs of non-blank lines; cue payloads cannot contain blank lines in WebVTT. */
function toBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.replace(/^\uFEFF/, "").split("\n")) {
    if (line.trim() === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}
