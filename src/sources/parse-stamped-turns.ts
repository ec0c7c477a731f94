import type { Segment } from "./source-document.ts";
import type { ParseInput, ParsedSource, SourceParser } from "./source-parser.ts";
import { parseTimestamp } from "./parse-timestamp.ts";
import { transcriptDocument } from "./transcript-document.ts";

/** A speaker name on a header line: no digits first, no colon or brackets, no sentence end. */
const NAME = String.raw`[^\s\d:[\]()][^:[\]]{0,58}?[^\s:[\].?!,]`;
const TS = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}`;
const LONG_TS = String.raw`\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d{1,3})?`;

/**
 * The header line that opens each turn, by the tool that writes it; the text follows on the next lines.
 * The first style that matches a line wins.
 */
const STYLES = [
  /** Zoom's saved transcript / captions: `[Dana Whitfield] 10:02:15`. */
  { format: "zoom-txt", re: new RegExp(String.raw`^\[(${NAME})\]\s+(${TS})$`, "u"), nameAt: 1, timeAt: 2 },
  /** Otter.ai and Teams (.docx): `Dana Whitfield  0:03`, two or more spaces or a tab before the time. */
  { format: "otter-txt", re: new RegExp(String.raw`^(${NAME})(?:\t|\s{2,})\s*(${TS})$`, "u"), nameAt: 1, timeAt: 2 },
  /** Fireflies: `Dana Whitfield - 00:03` (also `00:03 - Dana Whitfield`). */
  { format: "fireflies-txt", re: new RegExp(String.raw`^(${NAME})\s+[-–—|]\s+(${TS})$`, "u"), nameAt: 1, timeAt: 2 },
  { format: "fireflies-txt", re: new RegExp(String.raw`^(${TS})\s+[-–—|]\s+(${NAME})$`, "u"), nameAt: 2, timeAt: 1 },
  /** Older Teams transcripts: `0:0:5.100 --> 0:0:8.250`, then the speaker's name alone on a line. */
  { format: "teams-txt", re: new RegExp(String.raw`^(${LONG_TS})\s*-->\s*${LONG_TS}$`, "u"), nameAt: 0, timeAt: 1 },
] as const;

/** Lines tools add that are not speech: Otter's footer, Teams' transcription notices. */
const NOISE = [/^Transcribed by https?:\/\/otter\.ai\b/i, /^\S.{0,60} (?:started|stopped) transcription$/];

type Header = { format: string; speaker: string | null; start: number | null };
type Turn = Header & { lines: string[] };

/**
 * Transcripts where each turn opens with a header line naming the speaker and a time, and the text
 * follows on the next lines: Otter.ai and Fireflies text exports, Zoom's saved `.txt` transcript,
 * Teams transcripts (as text, or the `.docx` read by the docx parser). The document's `format` names
 * the style found (`otter-txt`, `fireflies-txt`, `zoom-txt`, `teams-txt`).
 */
export const stampedTurnsParser: SourceParser = {
  format: "stamped-turns",
  kind: "transcript",

  detect({ text }: ParseInput): number {
    const lines = text.split("\n", 20_000).map((l) => l.trim()).filter((l) => l !== "");
    if (lines.length === 0) return 0;
    let headers = 0;
    let followed = 0;
    for (let i = 0; i < lines.length; i++) {
      const h = readHeader(lines[i] ?? "", () => lines[i + 1]);
      if (h === null) continue;
      headers++;
      const next = lines[i + (h.format === "teams-txt" ? 2 : 1)];
      if (next !== undefined && readHeader(next, () => undefined) === null) followed++;
    }
    if (headers < 2 || followed / headers < 0.8) return 0;
    return headers / lines.length >= 0.15 ? 0.9 : 0.4;
  },

  parse(input: ParseInput): ParsedSource {
    return parseStampedTurns(input);
  },
};

/** The parse of `stampedTurnsParser`, with `format` forced (e.g. `teams-docx`) when the caller knows the source. */
export function parseStampedTurns({ text, fileName }: ParseInput, format?: string): ParsedSource {
  const lines = text.split("\n");
  const preamble: string[] = [];
  const turns: Turn[] = [];
  let noise = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    if (NOISE.some((re) => re.test(line))) {
      noise++;
      continue;
    }
    const header = readHeader(line, () => nextNonBlank(lines, i + 1));
    if (header !== null) {
      if (header.format === "teams-txt") {
        // The name is the next non-blank line.
        while (i + 1 < lines.length && (lines[i + 1] ?? "").trim() === "") i++;
        i++;
      }
      turns.push({ ...header, lines: [] });
    } else if (turns.length === 0) {
      preamble.push(line);
    } else {
      turns[turns.length - 1]!.lines.push(line);
    }
  }
  const styleCounts = new Map<string, number>();
  for (const t of turns) styleCounts.set(t.format, (styleCounts.get(t.format) ?? 0) + 1);
  const style = [...styleCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "otter-txt";
  if (style === "zoom-txt") rebaseClockTimes(turns);

  const segments: Segment[] = turns.map((t, k) => {
    const next = turns[k + 1]?.start ?? null;
    return {
      speaker: t.speaker,
      start: t.start,
      end: t.start !== null && next !== null && next >= t.start ? next : null,
      text: t.lines.join(" "),
    };
  });
  const warnings: string[] = [];
  if (noise > 0) warnings.push(`${noise} tool notice line${noise === 1 ? "" : "s"} (not speech) dropped`);
  const { heading, hints, speakers } = readPreamble(preamble);
  const doc = transcriptDocument({ format: format ?? style, fileName, heading, dateHints: hints, segments, warnings });
  for (const s of speakers) if (!doc.participantsHint.includes(s)) doc.participantsHint.push(s);
  return doc;
}

function nextNonBlank(lines: readonly string[], from: number): string | undefined {
  for (let k = from; k < lines.length; k++) if ((lines[k] ?? "").trim() !== "") return (lines[k] ?? "").trim();
  return undefined;
}

/** The header `line` opens, or null; `nextLine` is asked for only by the style whose name follows the time. */
function readHeader(line: string, nextLine: () => string | undefined): Header | null {
  if (!/\d:\d/.test(line)) return null;
  for (const style of STYLES) {
    const m = style.re.exec(line);
    if (m === null) continue;
    if (style.format === "teams-txt") {
      const name = nextLine()?.trim() ?? "";
      if (!/^\p{L}[\p{L}\p{M}'’. -]{0,58}$/u.test(name)) continue;
      return { format: style.format, speaker: name, start: longTimestamp(m[1] ?? "") };
    }
    const speaker = (m[style.nameAt] ?? "").trim();
    // A header names someone: a few words, not a sentence.
    if (speaker.split(/\s+/).length > 5) continue;
    return { format: style.format, speaker, start: parseTimestamp(m[style.timeAt] ?? "") };
  }
  return null;
}

/** Seconds from Teams' `0:0:5.100` (hours, minutes, seconds without padding). */
function longTimestamp(text: string): number | null {
  const m = /^(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,3}))?$/.exec(text);
  if (m === null) return null;
  const fraction = m[4] === undefined ? 0 : Number(m[4]) / 10 ** m[4].length;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + fraction;
}

/** Zoom writes the time of day (`10:02:15`); seconds from the first turn are what a segment holds. */
function rebaseClockTimes(turns: Turn[]): void {
  const first = turns.find((t) => t.start !== null)?.start ?? null;
  if (first === null || first < 3600) return;
  let previous = first;
  let dayOffset = 0;
  for (const t of turns) {
    if (t.start === null) continue;
    if (t.start + dayOffset < previous - 12 * 3600) dayOffset += 24 * 3600; // past midnight
    const absolute = t.start + dayOffset;
    previous = absolute;
    t.start = absolute - first;
  }
}

/** Title, date lines and (Otter) the `SPEAKERS` list written before the first turn. */
function readPreamble(lines: readonly string[]): { heading: string | null; hints: string[]; speakers: string[] } {
  const speakers: string[] = [];
  const at = lines.findIndex((l) => /^SPEAKERS$/i.test(l));
  if (at !== -1) {
    for (const name of (lines[at + 1] ?? "").split(",")) if (name.trim() !== "") speakers.push(name.trim());
  }
  const first = lines[0]?.replace(/^#{1,6}\s+/, "").trim() ?? "";
  const heading = first !== "" && first.length <= 120 && !/^(?:SUMMARY|KEYWORDS|SPEAKERS|Transcript)$/i.test(first) && !/\d{1,2}:\d{2}/.test(first) ? first : null;
  return { heading, hints: [...lines], speakers };
}
