import type { Turn } from "./build-turns.ts";

/**
 * A one-on-one recorded as a single voice (every turn under one label: the recorder's `Remote`,
 * or one of the two names) mixes both people. Nobody calls themselves by name, so a sentence that
 * names the owner was said by the other person, and one that names the other person was said by
 * the owner, unless it introduces its speaker ("this is Dana", "Dana here"). A sentence with no
 * such cue is taken as the owner's: it is his recording, and most of what is promised in his
 * one-on-ones is his to do. Sets every sentence's `speaker`.
 */
export function splitMixedVoice(turns: Turn[], owner: { name: string; aliases: string[] }, other: string): void {
  const ownerFirst = [...new Set([owner.name.split(/\s+/)[0]!, ...owner.aliases])].filter((n) => /^[A-Z][a-z]+$/.test(n));
  const otherFirst = other.split(/\s+/)[0]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const turn of turns) {
    for (const s of turn.sentences) {
      const ownerSelf = ownerFirst.some((n) => introduces(s.raw, n));
      const otherSelf = introduces(s.raw, otherFirst);
      const ownerNamed = !ownerSelf && ownerFirst.some((n) => names(s.raw, n));
      const otherNamed = !otherSelf && names(s.raw, otherFirst);
      s.speaker = otherSelf || (ownerNamed && !otherNamed && !ownerSelf) ? other : owner.name;
    }
  }
}

function names(text: string, first: string): boolean {
  return new RegExp(`\\b${first}\\b`).test(text);
}

/** "I'm Dana", "this is Dana", "Dana here": the name is the speaker's own. */
function introduces(text: string, first: string): boolean {
  return new RegExp(`\\b(?:I'm|I am|my name is|this is|it's)\\s+${first}\\b|^${first}\\s+here\\b`).test(text);
}
