import type { Segment } from "./source-document.ts";
import type { ParseInput, ParsedSource, SourceParser } from "./source-parser.ts";
import { fileNameInfo } from "./file-name-info.ts";
import { parseTimestamp } from "./parse-timestamp.ts";
import { titleParticipants } from "./title-participants.ts";
import { transcriptDocument } from "./transcript-document.ts";

const TS_LINE = /^\[(\d{1,2}:\d{2}:\d{2}(?:\.\d{1,3})?)\][ \t]*(.*)$/;
const FRACTIONAL_TS_LINE = /^\[\d{1,2}:\d{2}:\d{2}\.\d{1,3}\]/;
const HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/;

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
/** `Remote : text`, `Parallels Desktop : >> text`, `Jason Vallery :  Jason ValleryAll…` (space before the colon). */
const SPACED_LABEL = new RegExp(String.raw`^(${WORD}(?:\s+(?:${WORD}|\d{1,3})){0,3})\s+:\s*(.*)$`, "su");
/** `Speaker 2: text`: a colon right after the label, accepted only when no word has a glued capital inside. */
const COLON_LABEL = new RegExp(String.raw`^(${WORD}(?:\s+(?:${WORD}|\d{1,3})){0,3}):\s+(.*)$`, "su");
const SPEAKER_N = /^Speaker \d{1,3}(?!\d)/;

/** Placeholder labels MacWhisper writes for the other side of a call. */
const PLACEHOLDERS = ["Remote"];

type Entry = { start: number | null; rest: string; label: string | null };

/**
 * MacWhisper markdown exports: `# title`, then `[hh:mm:ss.ff]` lines with the speaker name glued to
 * the text (`[00:00:00.04]  Jason ValleryHello`), or `Name : text`, or no speaker at all.
 */
export const macWhisperParser: SourceParser = {
  format: "macwhisper-md",
  kind: "transcript",

  detect({ text }: ParseInput): number {
    const lines = text.split("\n").filter((l) => l.trim() !== "" && !HEADING.test(l));
    if (lines.length === 0) return 0;
    const stamped = lines.filter((l) => TS_LINE.test(l)).length;
    if (stamped === 0) return 0;
    const fractional = lines.filter((l) => FRACTIONAL_TS_LINE.test(l)).length;
    const ratio = stamped / lines.length;
    if (fractional > 0 && ratio >= 0.5) return 0.95;
    if (fractional > 0) return 0.6;
    return ratio >= 0.5 ? 0.5 : 0.2;
  },

  parse({ text, fileName }: ParseInput): ParsedSource {
    const lines = text.split("\n");
    let heading: string | null = null;
    const preamble: string[] = [];
    const entries: Entry[] = [];
    for (const line of lines) {
      const ts = TS_LINE.exec(line);
      if (ts !== null) {
        const rest = ts[2] ?? "";
        const explicit = explicitLabel(rest);
        entries.push({
          start: parseTimestamp(ts[1] ?? ""),
          rest: explicit === null ? rest : explicit.text,
          label: explicit === null ? null : explicit.label,
        });
        continue;
      }
      if (line.trim() === "") continue;
      const h = entries.length === 0 ? HEADING.exec(line) : null;
      if (h !== null && heading === null) heading = h[1] ?? null;
      else if (entries.length === 0) preamble.push(line);
      else {
        const last = entries[entries.length - 1]!;
        last.rest = `${last.rest}\n${line}`;
      }
    }

    const known = knownNames(entries, [...titleParticipants(heading), ...titleParticipants(fileNameInfo(fileName).title)]);
    const segments: Segment[] = entries.map((entry, i) => {
      const next = entries[i + 1];
      const end = next?.start ?? null;
      const { speaker, text: spoken } = entry.label === null ? splitGluedName(entry.rest, known) : stripRepeat(entry.label, entry.rest);
      return { speaker, start: entry.start, end: end !== null && entry.start !== null && end >= entry.start ? end : null, text: spoken };
    });

    return transcriptDocument({ format: "macwhisper-md", fileName, heading, dateHints: preamble, segments, warnings: [] });
  },
};

function explicitLabel(rest: string): { label: string; text: string } | null {
  const spaced = SPACED_LABEL.exec(rest);
  if (spaced?.[1] !== undefined) return { label: spaced[1], text: spaced[2] ?? "" };
  const colon = COLON_LABEL.exec(rest);
  if (colon?.[1] !== undefined && !/\p{Ll}\p{Lu}/u.test(colon[1])) return { label: colon[1], text: colon[2] ?? "" };
  return null;
}

/**
 * Names that are speaker labels in this file: the placeholders, every explicit `Name :` label, and
 * glued prefixes (`Jason Vallery` in `Jason ValleryHello`) that start two or more lines, or one line
 * when the title names them. A sentence's first word ("Hello, sir") is never glued, so never counted.
 */
function knownNames(entries: readonly Entry[], titleNames: readonly string[]): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (entry.label !== null) {
      known.add(entry.label);
      continue;
    }
    for (const prefix of gluedPrefixes(entry.rest.trimStart())) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  for (const [prefix, count] of counts) {
    if (count >= 2 || titleNames.includes(prefix)) known.add(prefix);
  }
  return [...known].sort((a, b) => b.length - a.length);
}

/**
 * Prefixes of 1–3 capitalised words that end where text is glued on: a capital right after a
 * lowercase letter (`ValleryHello`), or `>`, `(`, `[`, or a `-` followed by a space.
 */
function gluedPrefixes(s: string): string[] {
  const out: string[] = [];
  if (!/^\p{Lu}/u.test(s)) return out;
  let words = 1;
  for (let i = 1; i < s.length && i <= 60; i++) {
    const prev = s[i - 1] ?? "";
    const c = s[i] ?? "";
    if (c === " ") {
      if (!/\p{Lu}/u.test(s[i + 1] ?? "") || ++words > 3) break;
      continue;
    }
    if (/\p{Ll}/u.test(prev) && /\p{Lu}/u.test(c)) {
      out.push(s.slice(0, i));
    } else if (c === ">" || c === "(" || c === "[" || (c === "-" && /\s/.test(s[i + 1] ?? " "))) {
      if (/[\p{L}.]/u.test(prev)) out.push(s.slice(0, i));
      break;
    } else if (!/[\p{L}\p{M}'’.\-]/u.test(c)) {
      break;
    }
  }
  return out;
}

function splitGluedName(rest: string, known: readonly string[]): { speaker: string | null; text: string } {
  const s = rest.trimStart();
  const numbered = SPEAKER_N.exec(s);
  if (numbered !== null) return { speaker: numbered[0], text: s.slice(numbered[0].length) };
  for (const name of known) {
    if (s.startsWith(name)) return { speaker: name, text: s.slice(name.length) };
  }
  return { speaker: null, text: s };
}

/** `Jason Vallery :  Jason ValleryAll your…`: drop the label repeated glued onto the text. */
function stripRepeat(label: string, text: string): { speaker: string; text: string } {
  const s = text.trimStart();
  return { speaker: label, text: s.startsWith(label) ? s.slice(label.length) : s };
}
