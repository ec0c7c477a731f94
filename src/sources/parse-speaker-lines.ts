import type { Segment } from "./source-document.ts";
import type { ParseInput, ParsedSource, SourceParser } from "./source-parser.ts";
import { parseTimestamp } from "./parse-timestamp.ts";
import { splitSpeakerLabel } from "./split-speaker-label.ts";
import { transcriptDocument } from "./transcript-document.ts";

const TS = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
/** `[00:01:02] Name: text`, `(00:01) Name: text`, `00:01:02 Name: text` */
const STAMP_FIRST = new RegExp(String.raw`^[\[(]?(${TS})[\])]?\s+(.*)$`, "s");
/** `Name (00:01:02): text`, `Name [00:01]: text` */
const STAMP_AFTER_NAME = new RegExp(String.raw`^([^:()[\]]{1,40}?)\s*[\[(](${TS})[\])]\s*:\s*(.*)$`, "s");
const HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/;

type Turn = { speaker: string | null; start: number | null; text: string };

/**
 * Plain speaker-turn transcripts: `Name: text` lines, optionally with a timestamp before the name or in
 * brackets after it; lines that are not turns continue the previous turn.
 */
export const speakerLinesParser: SourceParser = {
  format: "speaker-lines",
  kind: "transcript",

  detect({ text }: ParseInput): number {
    const lines = text.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !HEADING.test(l));
    if (lines.length === 0) return 0;
    const turns = lines.map(readTurn).filter((t) => t !== null);
    const named = turns.filter((t) => t.speaker !== null);
    if (named.length < 2) return 0;
    const ratio = turns.length / lines.length;
    if (ratio < 0.5) return 0;
    const speakers = new Set(named.map((t) => t.speaker));
    // One "speaker" label on every line of a short file is more likely a list than a conversation.
    if (speakers.size === 1 && named.length < 4) return 0.3;
    return Math.min(0.85, 0.45 + 0.4 * ratio);
  },

  parse({ text, fileName }: ParseInput): ParsedSource {
    let heading: string | null = null;
    const preamble: string[] = [];
    const turns: Turn[] = [];
    for (const raw of text.split("\n")) {
      const line = raw.trim();
      if (line === "") continue;
      const h = HEADING.exec(line);
      if (h !== null) {
        if (heading === null && turns.length === 0) heading = h[1] ?? null;
        continue;
      }
      const turn = readTurn(line);
      if (turn !== null) {
        turns.push(turn);
      } else if (turns.length === 0) {
        preamble.push(line);
      } else {
        const last = turns[turns.length - 1]!;
        last.text = last.text === "" ? line : `${last.text} ${line}`;
      }
    }
    const warnings: string[] = [];
    if (preamble.length > 0) {
      warnings.push(`${preamble.length} line${preamble.length === 1 ? "" : "s"} before the first turn read as header, not speech`);
    }
    const segments: Segment[] = turns.map((t, i) => {
      const next = turns[i + 1]?.start ?? null;
      return { speaker: t.speaker, start: t.start, end: t.start !== null && next !== null && next >= t.start ? next : null, text: t.text };
    });
    return transcriptDocument({ format: "speaker-lines", fileName, heading, dateHints: preamble, segments, warnings });
  },
};

/** One line as the start of a turn, or null when it is not one (a continuation line, prose, a header). */
function readTurn(line: string): Turn | null {
  if (line.includes("-->")) return null; // a subtitle timing line, not a turn
  const stampFirst = STAMP_FIRST.exec(line);
  if (stampFirst !== null) {
    const start = parseTimestamp(stampFirst[1] ?? "");
    if (start !== null) {
      const rest = stampFirst[2] ?? "";
      const labelled = splitSpeakerLabel(rest) ?? emptyTurnLabel(rest);
      return labelled === null ? { speaker: null, start, text: rest.trim() } : { speaker: labelled.speaker, start, text: labelled.text.trim() };
    }
  }
  const stampAfter = STAMP_AFTER_NAME.exec(line);
  if (stampAfter !== null) {
    const label = splitSpeakerLabel(`${stampAfter[1] ?? ""}: x`);
    const start = parseTimestamp(stampAfter[2] ?? "");
    if (label !== null && start !== null) return { speaker: label.speaker, start, text: (stampAfter[3] ?? "").trim() };
  }
  const labelled = splitSpeakerLabel(line) ?? emptyTurnLabel(line);
  return labelled === null ? null : { speaker: labelled.speaker, start: null, text: labelled.text.trim() };
}

/** `Dana Ruiz:` alone on a line, the text following on the next lines. */
function emptyTurnLabel(line: string): { speaker: string; text: string } | null {
  if (!line.trimEnd().endsWith(":")) return null;
  const label = splitSpeakerLabel(`${line.trimEnd()} x`);
  return label === null ? null : { speaker: label.speaker, text: "" };
}
