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

    const lead: string[][] = [];
    const firstResult = blocks.next();
    const first = firstResult.done === true ? undefined : firstResult.value;
    if (first !== undefined && /^WEBVTT/.test(first[0] ?? "")) {
      heading = (first[0] ?? "").replace(/^WEBVTT[\s\-–—:]*/, "").trim() || null;
      const cueAt = first.findIndex((l) => l.includes("-->"));
      dateHints.push(...first.slice(1, cueAt === -1 ? undefined : Math.max(1, cueAt - 1)));
      if (cueAt !== -1) lead.push(first.slice(Math.max(1, cueAt - 1)));
    } else {
      warnings.push("no WEBVTT header line");
      if (first !== undefined) lead.push(first);
    }

    // Segments as they are read; `speaker` holds the `<v>` voice, and cues without one are listed in
    // `unvoiced` to be labelled from their text (`Name: …`) at the end.
    const parts: Segment[] = [];
    const unvoiced: number[] = [];
    let skippedNoText = 0;
    let skippedBadTiming = 0;
    for (const [block, isLast] of withLast(lead, blocks)) {
      const head = block[0] ?? "";
      if (/^NOTE(?:\s|$)/.test(head)) {
        dateHints.push(block.join(" "));
        continue;
      }
      if (/^(?:STYLE|REGION)(?:\s|$)/.test(head)) continue;
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
        continue;
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
        continue;
      }
      for (const p of cueParts) {
        if (p.voice === null) unvoiced.push(parts.length);
        parts.push({ speaker: p.voice, start, end, text: p.text });
      }
    }

    if (parts.length === 0 && skippedNoText === 0 && skippedBadTiming === 0) {
      throw new SourceError("empty", "WebVTT file has no cues");
    }
    if (skippedNoText > 0) warnings.push(`${skippedNoText} cue${skippedNoText === 1 ? "" : "s"} without text skipped`);
    if (skippedBadTiming > 0) {
      warnings.push(`${skippedBadTiming} block${skippedBadTiming === 1 ? "" : "s"} without a readable timing line skipped`);
    }

    const labelled = cueSpeakers(unvoiced.map((k) => parts[k]?.text ?? ""));
    unvoiced.forEach((k, u) => {
      const segment = parts[k];
      const l = labelled[u];
      if (segment === undefined || l === undefined) return;
      segment.speaker = l.speaker;
      segment.text = l.text;
    });
    const segments = parts;

    return transcriptDocument({ format: "webvtt", fileName, heading, dateHints, segments, warnings });
  },
};

/**
 * Runs of non-blank lines, one at a time (cue payloads cannot contain blank lines in WebVTT): a long
 * file is never split into an array of all its lines.
 */
function* toBlocks(text: string): Generator<string[], void, undefined> {
  let current: string[] = [];
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at <= text.length) {
    let nl = text.indexOf("\n", at);
    if (nl === -1) nl = text.length;
    const line = text.slice(at, nl);
    at = nl + 1;
    if (line.trim() === "") {
      if (current.length > 0) yield current;
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) yield current;
}

/** The blocks of `lead`, then of `rest`, each with whether it is the last one. */
function* withLast<T>(lead: readonly T[], rest: Iterator<T>): Generator<[T, boolean], void, undefined> {
  const all = (function* () {
    yield* lead;
    for (let r = rest.next(); r.done !== true; r = rest.next()) yield r.value;
  })();
  let current = all.next();
  while (current.done !== true) {
    const next = all.next();
    yield [current.value, next.done === true];
    current = next;
  }
}
