/**
 * Words the speakers say about the call itself rather than its subject: sharing a screen, muting,
 * hearing each other, taking a break, recording. They are never the topic of a meeting.
 */
const CALL_WORDS = new Set(
  `screen screens sharing share-screen mute muted unmute unmuted microphone mic mics headset headphones
  camera webcam audio echo break breaks recording recorded`.split(/\s+/).filter(Boolean),
);

/** True when a phrase names part of the call itself ("stop sharing", "screen", "break"). */
export function aboutTheCall(phrase: string): boolean {
  return phrase.toLowerCase().split(/\s+/).some((w) => CALL_WORDS.has(w));
}
