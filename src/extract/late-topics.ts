import type { Sentence } from "./build-turns.ts";
import type { KeyTerm } from "./key-terms.ts";

/** From this point of the conversation on (0 start … 1 end), a word said for the first time is a late topic. */
const LATE_FROM = 0.5;
/** How much a late topic's weight is lowered. */
const LATE_FACTOR = 0.8;

/**
 * Key terms re-ranked as topics by when they first come up: a meeting's main topics are set out in
 * its first half, and a word first said in the second half is more often a side topic or wrap-up
 * (measured: about half as often in a reference summary), so it ranks a little lower.
 */
export function discountLateTerms(terms: KeyTerm[], sentences: Sentence[]): KeyTerm[] {
  const first = new Map<string, number>();
  for (const s of sentences) for (const w of s.words) if (!first.has(w)) first.set(w, s.position);
  return terms
    .map((t) => ((first.get(t.stem) ?? 0) >= LATE_FROM ? { ...t, weight: t.weight * LATE_FACTOR } : t))
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
}
