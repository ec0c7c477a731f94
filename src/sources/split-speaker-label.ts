/** A speaker label written before a colon: 1–4 capitalised words or `Speaker 2`, no sentence punctuation. */
const LABEL = /^(\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|\d{1,3}|de|van|von|der|da|di|du|le|la|al|bin)){0,3})\s*:\s+(.*)$/su;

/** Words that come before a colon in prose, email headers and notes, not speaker names. */
const NOT_SPEAKERS = new Set(
  ("from to cc bcc subject date sent received re fw fwd reply-to note notes nb ps p.s. attendees participants agenda " +
    "action actions summary title time location when where tags url link warning error important update tldr " +
    "question answer example edit source status next todo done decision decisions owner due").split(" "),
);

/** `Name: text` → the label and the rest, when the label looks like a speaker name; else null. */
export function splitSpeakerLabel(text: string): { speaker: string; text: string } | null {
  const m = LABEL.exec(text.trim());
  if (m === null || m[1] === undefined || m[2] === undefined) return null;
  const label = m[1].trim();
  if (label.length > 40 || NOT_SPEAKERS.has(label.toLowerCase()) || NOT_SPEAKERS.has(label.split(/\s+/)[0]!.toLowerCase())) {
    return null;
  }
  return { speaker: label, text: m[2] };
}
