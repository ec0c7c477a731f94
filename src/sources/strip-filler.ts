import { collapseStutters } from "./collapse-stutters.ts";

/** Markers transcription engines emit for non-speech, glued to words as often as not (`Okay.PAUSE`, `youBLANK`). */
const CAPS_MARKERS = /(?<![A-Z])(?:BLANK_AUDIO|BLANK|AUDIO|INAUDIBLE|NO SPEECH|PAUSE|VIDEO PLAYBACK|MUSIC)+(?![A-Z])/g;

/** Parenthesised lowercase words, e.g. `(keyboard clicking)`, `(silence)`, `(laughs)`; see `isSoundDescription`. */
const PARENS = /\(\s*([a-z][a-z ,'’-]{0,60})\)/g;

/** Bracketed words without digits (digits would make it a timestamp): `[inaudible]`, `[Music]`, `[BLANK_AUDIO]`. */
const SOUND_IN_BRACKETS = /\[\s*[A-Za-z][A-Za-z_'’-]*(?:\s+[A-Za-z_'’-]+){0,3}\s*\]/g;

/** Markers with a time or a detail inside: `(inaudible 00:12:31)`, `[crosstalk 00:04]`, `(unintelligible, 2s)`. */
const MARKER_WITH_DETAIL = /[[(]\s*(?:inaudible|crosstalk|unintelligible|indiscernible|overlapping speech)\b[^\])]{0,40}[\])]/gi;

/** Actions between asterisks (`*laughs*`, `*coughs*`) and music notes (`♪ la la ♪`, `♪♪`). */
const STARRED_SOUND = /\*\s*[a-z][a-z ]{0,30}\*/g;
const MUSIC_NOTES = /[♪♫]+(?:[^♪♫]{0,80}[♪♫]+)?/g;

const SOUND_WORDS = new Set(
  ("silence silent laughs laugh laughter chuckles chuckle giggles sighs sigh coughs cough music applause claps clap " +
    "indistinct inaudible unintelligible crosstalk noise static beep beeps dings ding whistle whistles background " +
    "sniffles groans gasps pause murmurs murmur sobs").split(" "),
);
const NOT_A_DESCRIPTION = new Set(
  "i you he she it we they is are was were be been am which that this what who not don't can't it's i'm we're".split(" "),
);

/** `(keyboard clicking)`, `(upbeat music)`, `(audience member speaking faintly)`, but not `(which is fine)`. */
function isSoundDescription(inner: string): boolean {
  const words = inner.toLowerCase().split(/[\s,]+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > 6) return false;
  if (words.some((w) => NOT_A_DESCRIPTION.has(w))) return false;
  return words.some((w) => SOUND_WORDS.has(w) || /^[a-z-]{3,}ing$/.test(w));
}

const DURATION = String.raw`[\d:.]+(?:\s+(?:hours?|minutes?|seconds?))?(?:\s+[\d.]+\s+(?:minutes?|seconds?))*`;
// No `\b` before these: engines glue them onto the previous word (`youSilence from…`, `YeahPause for…`).
const SILENCE_SPAN = new RegExp(String.raw`[Ss]ilence from ${DURATION} to ${DURATION}`, "g");
const SILENCE_REST = /(?:[Ss]ilence for (?:the )?next \d+ (?:seconds|minutes)(?: or so)?|(?:[Ss]ilence|[Pp]ause) for the rest of the video)/g;
const TIMED_PAUSE = /\b\d+ (?:seconds?|minutes?) (?:pause|silence)\b/gi;

/** Whisper's well-known hallucinations over silence; none of them is something said in a meeting. */
const HALLUCINATIONS = [
  /Pause for (?:group work|responses|discussion)/g,
  /\bsub(?:titles)? by sk cn2\b/gi,
  /\bSubs by www\.\S+/g,
  /\bGo to Beadaholique\.com for all of your beading supply needs!?/g,
  /\bwww\.(?:circlelineartschool\.com|zeoranger\.co\.uk|globalonenessproject\.org)\b/g,
  /\bSubtitles by the Amara\.org community\b/gi,
  /\bFor more UN videos visit:?\s*\S+/g,
  /\bI(?:'ll| will) see you in the next video[.!]?/g,
  /\bend of transcript\b/g,
];

/** `silence`/`inaudible` glued onto the previous word (`yousilence`, `forinaudible 00:10:20`). */
const GLUED_LOWER_MARKERS = /(?<=[a-z])(?:silence|inaudible)\b(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/g;
const INAUDIBLE_AT = /\binaudible\s+\d{1,2}:\d{2}(?::\d{2})?/g;

/** Three or more `you` in a row (not the one of "thank you", not before "know"): filler over silence. */
const YOU_RUN = /(?<!\b[Tt]hank\s+)(?:\b[Yy]ou\b\s*){3,}(?!know\b)/g;
/** `you You`: a capitalised "You" mid-sentence right after another "you" is the same filler. */
const YOU_PAIR = /(?<!\b[Tt]hank\s+)\b[Yy]ou\s+You\b(?!\s+(?:know|are|can|will|were|have|guys|should|need|want)\b)/g;

/**
 * The spoken text of a transcript segment: drops sound descriptions, silence and pause markers,
 * dialogue markers (`>> `, `- `), engine hallucinations, the same sentence repeated three or
 * more times in a row (kept once) and stutters (`I I I think` → `I think`, see `collapseStutters`). Collapses whitespace; returns "" when nothing spoken is left.
 */
export function stripFiller(text: string): string {
  if (!MAY_HOLD_FILLER.test(text)) return finishClean(text);
  let t = text
    .replace(CAPS_MARKERS, " ")
    .replace(PARENS, (whole, inner: string) => (isSoundDescription(inner) ? " " : whole))
    .replace(MARKER_WITH_DETAIL, " ")
    .replace(SOUND_IN_BRACKETS, " ")
    .replace(STARRED_SOUND, (whole) => (isSoundDescription(whole.replace(/\*/g, "")) ? " " : whole))
    .replace(MUSIC_NOTES, " ")
    .replace(SILENCE_SPAN, " ")
    .replace(SILENCE_REST, " ")
    .replace(TIMED_PAUSE, " ")
    .replace(INAUDIBLE_AT, " ")
    .replace(GLUED_LOWER_MARKERS, " ");
  for (const re of HALLUCINATIONS) t = t.replace(re, " ");
  // Brackets emptied by the removals above (`[BLANK_AUDIO]` → `[ ]`).
  t = t.replace(/\[\s*\]|\(\s*\)/g, " ");
  t = t.replace(YOU_RUN, " ").replace(YOU_PAIR, " ");
  // Dialogue markers: `>>` anywhere, `-` at the start or after a sentence end.
  t = t.replace(/>>+/g, " ").replace(/(^|[.!?…]\s*)-+\s+/g, "$1 ").replace(/^\s*-+\s+/, "");
  t = collapseStutters(collapseRepeats(t.replace(/\s+/g, " ").trim()));
  // Punctuation orphaned by the removals (`Okay. . Gotcha`, leading `, `).
  t = t.replace(/[.,](?:\s+[.,])+(?=\s|$)/g, ".").replace(/^[\s.,;:]+/, "").replace(/\s+([.,!?])/g, "$1");
  return youOnly(t.trim());
}

/**
 * Every pattern above needs one of these: a bracket, `*`, a music note, `>`/`-`, a marker word, or
 * "you" twice. Text without any (most of a long transcript) skips straight to the last steps.
 */
const MAY_HOLD_FILLER = /[([*♪♫>-]|BLANK|AUDIO|NO SPEECH|PAUSE|VIDEO|MUSIC|ilence|naudible|\bsub|www\.|Beadaholique|UN videos|next video|end of transcript|\byou\W+you/i;

function finishClean(text: string): string {
  return youOnly(collapseStutters(collapseRepeats(text.replace(/\s+/g, " ").trim())).replace(/\s+([.,!?])/g, "$1"));
}

/** A segment of nothing but "you" is the engine's filler over silence. */
function youOnly(t: string): string {
  return /^(?:you\b[\s.!,]*)+$/i.test(t) ? "" : t;
}

/** `A. A. A. A.` → `A.` when one sentence repeats three or more times back to back. */
function collapseRepeats(text: string): string {
  const sentences = text.match(/[^.!?]+[.!?]*\s*/g);
  if (sentences === null || sentences.length < 3) return text;
  const out: string[] = [];
  let i = 0;
  while (i < sentences.length) {
    const s = sentences[i] ?? "";
    const key = s.trim().toLowerCase();
    let j = i + 1;
    while (j < sentences.length && (sentences[j] ?? "").trim().toLowerCase() === key) j++;
    out.push(j - i >= 3 && key.length > 0 ? s.trimEnd() + " " : sentences.slice(i, j).join(""));
    i = j;
  }
  return out.join("").trim();
}
