import type { Turn } from "./build-turns.ts";
import { personNames, quotedSentences, speakerByNames } from "./speaker-by-names.ts";

/**
 * A one-on-one recorded as a single voice (every turn under one label: the recorder's `Remote`,
 * or one of the two names) mixes both people. A sentence naming one of them was said by the
 * other (see speakerByNames); a sentence with no such cue, or quoting someone, is taken as the
 * owner's: it is his recording, and most of what is promised in his one-on-ones is his to do.
 * Sets every sentence's `speaker`.
 */
export function splitMixedVoice(turns: Turn[], owner: { name: string; aliases: string[] }, other: string): void {
  const ownerNames = personNames(owner.name, owner.aliases);
  const otherNames = personNames(other);
  for (const turn of turns) {
    const quoted = quotedSentences(turn.sentences);
    for (const s of turn.sentences) {
      const by = quoted.has(s.index) ? null : speakerByNames(s.raw, ownerNames, otherNames);
      s.speaker = by === "other" ? other : owner.name;
    }
  }
}
