import { isPlaceholderName } from "../extract/resolve-speakers.ts";

/** Labels for a voice, a device or nobody in particular, beyond those the extractor knows. */
const MORE = /^(?:tbd|tba|n\.?a\.?|unknown\b.*|unnamed\b.*|anonymous|someone|somebody|various|team|the team|speaker [a-z]|.*\b(?:desktop|laptop|iphone|ipad|macbook|airpods|headset|speakerphone|conference room|room \d+|meeting room)\b.*)$/i;

/** A speaker label or name that must never become an entity (`Remote`, `Speaker 1`, `Parallels Desktop`, `Me`). */
export function isPlaceholderSpeaker(name: string): boolean {
  const n = name.trim();
  return isPlaceholderName(n) || MORE.test(n);
}

/** Labels a recorder gives the person running it: in the owner's own recordings, the owner. */
export function isSelfLabel(name: string): boolean {
  return /^(?:me|myself|i)$/i.test(name.trim());
}
