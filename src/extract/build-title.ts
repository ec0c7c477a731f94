import type { KeyTerm } from "./key-terms.ts";

export type TitleInput = {
  title: string | null;
  date: string;
  noteType: "meeting" | "email" | "document" | "voice";
  /** The other side of a 1:1, when the source is one. */
  counterpart: string | null;
  oneOnOne: boolean;
  keyTerms: KeyTerm[];
};

/** Titles that name the recorder or the file rather than the meeting. */
const GENERIC_TITLE =
  /\b(?:transcription|transcript|recording|recorded|parallels|macwhisper|otter|zoom meeting|teams meeting|meeting recording|new recording|audio|voice memo|untitled|call with|untitled meeting|screen recording|dictation)\b/i;

/**
 * A title a person would give the note: "1:1 — Lior — 2025-10-30" → "1:1 with Lior"; a recorder's
 * file name ("20251029 1005 Parallels Transcription") → "Meeting 2025-10-29: MAI, Azure and hardware";
 * email prefixes (Re:, Fwd:) and trailing dates removed.
 */
export function buildTitle(input: TitleInput): string {
  let t = (input.title ?? "").replace(/\s+/g, " ").trim();
  t = t.replace(/^(?:(?:re|fw|fwd|aw|wg|tr)\s*:\s*)+/i, "");
  if (input.oneOnOne && input.counterpart) return `1:1 with ${input.counterpart}`;
  const oneOnOne = /^(?:1\s*[:\-–]\s*1|1\s*on\s*1|one[\s-]on[\s-]one)\s*(?:with\s+|[—–:\-]+\s*)(.+?)(?:\s*[—–\-]+\s*\d{4}-\d{2}-\d{2}.*)?$/i.exec(t);
  if (oneOnOne?.[1]) return `1:1 with ${oneOnOne[1].trim()}`;
  // Dates and times in the title say nothing the note's date does not.
  const stripped = t
    .replace(/\b\d{4}-?\d{2}-?\d{2}(?:[ T_]\d{2}[:.]?\d{2}(?:[:.]?\d{2})?)?\b/g, " ")
    .replace(/\(\s*\)/g, " ")
    .replace(/^[\s\-–—_:|,;]+|[\s\-–—_:|,;]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (stripped && !GENERIC_TITLE.test(stripped) && /[A-Za-z]{3}/.test(stripped)) return stripped;
  const kind = input.noteType === "voice" ? "Voice note" : input.noteType === "email" ? "Email" : input.noteType === "document" ? "Document" : "Meeting";
  const topics = input.keyTerms.slice(0, 3).map((k) => k.term);
  if (topics.length === 0) return `${kind} ${input.date}`;
  const list = topics.length > 1 ? `${topics.slice(0, -1).join(", ")} and ${topics[topics.length - 1]}` : topics[0]!;
  return `${kind} ${input.date}: ${list}`;
}
