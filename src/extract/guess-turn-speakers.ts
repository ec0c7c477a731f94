import type { Turn } from "./build-turns.ts";

const THANKS = /\b(?:thanks|thank you|cheers)\b/i;

/** "Great, thanks Nico": thanking someone closes what they said; unless it goes on to ask them, it calls on nobody. */
export function onlyThanks(text: string): boolean {
  return THANKS.test(text) && !/\?\s*$/.test(text);
}

/**
 * Per turn, a likely speaker for turns whose voice has no name (a recorder's `Remote`): the person
 * the turn before called on by name ("… what do you think, Nico?" → Nico answers), or else, when
 * the unnamed voices are one label, the person the named speakers address most often (the one on
 * the other end of the line; on a tie, the one called on first), or else `fallback` (the non-owner the meeting names most).
 * The owner is never guessed: his voice has its own label.
 * Returns turn index → name; turns with a speaker get no guess.
 */
export function guessTurnSpeakers(turns: Turn[], addressed: ReadonlyMap<number, string>, isOwner: (name: string) => boolean, fallback: string | null = null): Map<number, string> {
  const out = new Map<number, string>();
  // Map order is first-address order: among people addressed equally often, the one called on first.
  const counts = new Map<string, number>();
  for (const t of turns) {
    for (const s of t.sentences) {
      const name = addressed.get(s.index);
      if (name && !isOwner(name) && name !== t.speaker) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const unnamed = new Set(turns.filter((t) => t.speaker === null).map((t) => t.label));
  const dominant = unnamed.size === 1 ? ([...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback) : null;
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    if (turn.speaker !== null) continue;
    const prev = turns[i - 1];
    let guess: string | null = null;
    for (const s of prev ? prev.sentences.slice(-2).reverse() : []) {
      if (onlyThanks(s.text)) continue;
      const name = addressed.get(s.index);
      if (name && !isOwner(name) && name !== prev!.speaker) {
        guess = name;
        break;
      }
    }
    guess ??= dominant;
    if (guess) out.set(turn.index, guess);
  }
  return out;
}
