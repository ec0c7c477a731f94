import { STOPWORDS, stem } from "./content-words.ts";
import type { KeyTerm } from "./key-terms.ts";

/** How many of the user's sources contain each word (by stem): the vocabulary common to all their meetings. */
export type Background = { documents: number; frequency: ReadonlyMap<string, number> };

/** Fewer sources than this say nothing about what is common: topics are then ranked as without background. */
const MIN_DOCUMENTS = 8;
/** How strongly a word common to the user's sources is discounted as a topic (0: not at all). */
const STRENGTH = 0.3;
const WORD = /[A-Za-z][A-Za-z0-9'’\-]*[A-Za-z0-9]|[A-Za-z]/g;

/** Document frequencies of the content-word stems of `texts` (one text per source). */
export function backgroundOf(texts: Iterable<string>): Background {
  const frequency = new Map<string, number>();
  let documents = 0;
  for (const text of texts) {
    documents++;
    for (const s of wordStems(text)) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  }
  return { documents, frequency };
}

/** The distinct content-word stems of a text. */
function wordStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(/’/g, "'");
    if (!STOPWORDS.has(w)) stems.add(stem(w));
  }
  return stems;
}

/**
 * Key terms re-ranked as topics against the user's other sources: a word most of their meetings use
 * ("storage" in a storage company's vault) says less about what this one was about than a word
 * only some use. Weights are scaled by an IDF factor, (ln(N/df) / ln N)^STRENGTH; with no background,
 * or too small a one, the terms come back as they are.
 */
export function discountCommonTerms(terms: KeyTerm[], background: Background | undefined): KeyTerm[] {
  if (!background || background.documents < MIN_DOCUMENTS) return terms;
  const n = background.documents;
  return terms
    .map((t) => {
      const df = Math.min(n, Math.max(1, background.frequency.get(t.stem) ?? 1));
      return { ...t, weight: t.weight * Math.pow(Math.log(n / df) / Math.log(n), STRENGTH) };
    })
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
}
