import type { Sentence } from "./build-turns.ts";
import type { KeyTerm } from "./key-terms.ts";

/** From this point of the conversation on (0 start … 1 end), a word said for the first time is a late topic. */
const LATE_FROM = 0.5;
/** How much a late topic's weight is lowered. */
const LATE_FACTOR = 0.8;
/** The conversation is cut into this many stretches to count how many of them name a topic. */
const STRETCHES = 40;

/**
 * Key terms re-ranked as topics by where the conversation says them. A main topic is set out in
 * the first half, and a word first said in the second half is more often a side topic or wrap-up
 * (measured: about half as often in a reference summary), so it ranks a little lower. And a topic
 * the speakers keep coming back to is a main one: the weight grows with the share of the
 * conversation's stretches that name it (up to double when every stretch does), so a word said as
 * often but all in one stretch ranks below it.
 */
export function rankByWhenSaid(terms: KeyTerm[], sentences: Sentence[]): KeyTerm[] {
  const first = new Map<string, number>();
  const stretches = new Map<string, Set<number>>();
  for (const s of sentences) {
    const at = Math.min(STRETCHES - 1, Math.floor(s.position * STRETCHES));
    for (const w of s.words) {
      if (!first.has(w)) first.set(w, s.position);
      let seen = stretches.get(w);
      if (!seen) stretches.set(w, (seen = new Set()));
      seen.add(at);
    }
  }
  return terms
    .map((t) => {
      const late = (first.get(t.stem) ?? 0) >= LATE_FROM ? LATE_FACTOR : 1;
      const spread = 1 + (stretches.get(t.stem)?.size ?? 1) / STRETCHES;
      return { ...t, weight: t.weight * late * spread };
    })
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
}
