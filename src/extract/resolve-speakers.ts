import type { ExtractContext } from "./extraction.ts";
import type { SourceDocument } from "../sources/source-document.ts";
import { isKnownFirstName } from "./lexicon.ts";

/** Labels that recorders and exporters give to a voice they cannot name. */
const PLACEHOLDER =
  /^(?:remote|local|unknown|unknown speaker|speaker(?:\s*[-_#]?\s*\d+)?|spk[_ ]?\d+|s\d+|participant(?:\s*\d+)?|guest(?:\s*\d+)?|attendee(?:\s*\d+)?|caller(?:\s*\d+)?|host|other|others|everyone|all|audience|parallels desktop|parallels|microphone|mic|system audio|system|computer audio|zoom|microsoft teams|teams|google meet|meet|webex|macwhisper|me|myself|you|i|narrator|interviewer|interviewee|person\s*\d*|voice\s*\d*|\?+|-+|n\/a)$/i;

/** Names a recorder uses for the machine's own user. */
const SELF_LABEL = /^(?:me|myself|i|local|microphone|mic)$/i;

/** A speaker label, hint or header name that does not name a real person. */
export function isPlaceholderName(name: string | null | undefined): boolean {
  const n = (name ?? "").trim();
  if (!n) return true;
  if (PLACEHOLDER.test(n)) return true;
  if (/\b(?:desktop|audio|recording|transcription|unknown|tbd)\b/i.test(n)) return true;
  if (!/[A-Za-z]/.test(n)) return true;
  return false;
}

/** A name as a source writes it, without quotes and service suffixes: `"Ann Lee (via Google Docs)"` → `Ann Lee`. */
export function cleanPersonName(name: string): string {
  return name
    .replace(/^["'\s]+|["'\s]+$/g, "")
    .replace(/\s*\((?:via|from|on behalf of|by)\b[^)]*\)\s*$/i, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when `name` designates the vault owner (full name, an alias, or the owner's first name). */
export function isOwnerName(name: string | null | undefined, ctx: ExtractContext): boolean {
  const n = (name ?? "").trim().toLowerCase();
  if (!n) return false;
  const owner = ctx.ownerName.trim().toLowerCase();
  if (n === owner) return true;
  if (ctx.ownerAliases.some((a) => a.trim().toLowerCase() === n)) return true;
  const first = owner.split(/\s+/)[0];
  return first !== undefined && n === first;
}

/** How the speakers of one source map onto people. */
export type SpeakerMap = {
  /** Real person for a raw speaker label (full name when known), or null when nobody can be named. */
  nameOf(label: string | null): string | null;
  /** The other side of a 1:1 (from the title or hint), when the source is one. */
  counterpart: string | null;
  /** Whether the vault owner speaks (a label like the owner's name, or `Me`). */
  ownerSpeaks: boolean;
  /** Named people who speak, in order of first appearance. */
  speakers: string[];
  /** Names the source header or hint gives (placeholders and the owner removed). */
  hinted: string[];
  /** True when the title or hint marks the source as a one-on-one. */
  oneOnOne: boolean;
};

const ONE_ON_ONE = /(?:^|\b)(?:1\s*[:\-–]\s*1|1\s*on\s*1|one[\s-]on[\s-]one)\b/i;

/** Names given by a `1:1 — Name — date` style title, for sources whose parser left no hint. */
export function namesFromTitle(title: string | null): string[] {
  if (!title) return [];
  const t = title.replace(/\s+/g, " ").trim();
  const m = /^(?:1\s*[:\-–]\s*1|1\s*on\s*1|one[\s-]on[\s-]one)\s*(?:with\s+|[—–:\-]+\s*)(.+?)(?:\s*[—–\-]+\s*\d{4}-\d{2}-\d{2}.*)?$/i.exec(t);
  if (m?.[1]) return splitNames(m[1]);
  const m2 = /^(.+?)\s*(?:<>|\/|&| x )\s*(.+?)(?:\s*[—–\-:]\s*(?:1\s*[:\-]\s*1|sync|catch[\s-]?up).*)?$/i.exec(t);
  if (m2?.[1] && m2[2] && ONE_ON_ONE.test(t)) return [...splitNames(m2[1]), ...splitNames(m2[2])];
  return [];
}

function splitNames(s: string): string[] {
  return s
    .split(/\s*(?:,|&|\band\b|<>|\/)\s*/)
    .map((x) => x.replace(/\s*[—–\-]\s*\d{4}-\d{2}-\d{2}.*$/, "").replace(/\b(?:1\s*[:\-]\s*1|sync)\b/gi, "").trim())
    .filter((x) => /^[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3}$/u.test(x));
}

/**
 * Decide who each speaker label is. A label naming the owner (or `Me`) is the owner; real names
 * stay; placeholders are nobody, except in a 1:1 whose other side is only ever a placeholder
 * (`Remote`): there the placeholder is the person the title names.
 */
export function resolveSpeakers(doc: SourceDocument, ctx: ExtractContext): SpeakerMap {
  const hintSource = doc.participantsHint.length > 0 ? doc.participantsHint : namesFromTitle(doc.title);
  const oneOnOne = ONE_ON_ONE.test(doc.title ?? "") || ONE_ON_ONE.test(doc.fileName);
  const hinted = unique(hintSource.map((h) => h.trim()).filter((h) => !isPlaceholderName(h) && !isOwnerName(h, ctx)));

  const labels = unique(doc.segments.map((s) => (s.speaker ?? "").trim()).filter(Boolean));
  const ownerLabels = new Set(labels.filter((l) => isOwnerName(cleanPersonName(l), ctx) || SELF_LABEL.test(l)));
  // Notifications are signed by services ("Tesla", "GitHub"): there only person-shaped names are people.
  const isPerson = (l: string) => !isPlaceholderName(l) && (!doc.automated || looksLikePersonName(cleanPersonName(l)));
  const realLabels = labels.filter((l) => !ownerLabels.has(l) && isPerson(l));
  const placeholderLabels = labels.filter((l) => !ownerLabels.has(l) && !isPerson(l));

  // A hint that names the same person more fully than a speaker label ("Lior" vs "Lior Genzel").
  const fuller = (name: string): string => {
    const first = name.split(/\s+/)[0]!.toLowerCase();
    const pool = [...realLabels.map(cleanPersonName), ...hinted];
    const best = pool.filter((p) => p.split(/\s+/)[0]!.toLowerCase() === first).sort((a, b) => b.length - a.length)[0];
    return best ?? name;
  };

  const nonOwnerHints = hinted.filter((h) => !realLabels.some((l) => sameFirst(l, h)));
  let counterpart: string | null = null;
  if (realLabels.length === 0 && hinted.length === 1 && (oneOnOne || hintSource.length <= 2)) {
    counterpart = fuller(hinted[0]!);
  } else if (oneOnOne && realLabels.length === 1 && nonOwnerHints.length === 0) {
    counterpart = realLabels[0]!;
  }
  // Only hand the placeholder turns to the counterpart when the owner has his own label:
  // a recording that is one unlabelled block mixes both voices.
  const placeholderIsCounterpart = counterpart !== null && ownerLabels.size > 0 && placeholderLabels.length > 0;

  const byLabel = new Map<string, string | null>();
  for (const l of ownerLabels) byLabel.set(l, ctx.ownerName);
  for (const l of realLabels) byLabel.set(l, fuller(cleanPersonName(l)));
  for (const l of placeholderLabels) byLabel.set(l, placeholderIsCounterpart ? counterpart : null);

  const speakers = unique([...byLabel.values()].filter((v): v is string => v !== null));
  return {
    nameOf: (label) => (label === null ? null : (byLabel.get(label.trim()) ?? null)),
    counterpart,
    ownerSpeaks: ownerLabels.size > 0,
    speakers,
    hinted: hinted.map(fuller),
    oneOnOne,
  };
}

/** Two to four capitalized words, the first a known first name: "Ann Lee", not "Tesla" or "GitHub". */
export function looksLikePersonName(n: string): boolean {
  const words = n.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^[A-Z][\p{L}'’.-]*$/u.test(w)) &&
    isKnownFirstName(words[0]!)
  );
}

function sameFirst(a: string, b: string): boolean {
  return a.split(/\s+/)[0]!.toLowerCase() === b.split(/\s+/)[0]!.toLowerCase();
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
