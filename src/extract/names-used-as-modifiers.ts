import type { Sentence } from "./build-turns.ts";
import { STOPWORDS } from "./content-words.ts";
import { isKnownFirstName, lexiconTag } from "./lexicon.ts";

/** How often a capitalized word must qualify a noun to count as the name of a thing. */
const MIN_USES = 2;
const NOUN_TAGS = new Set(["Noun", "Singular", "Plural", "Uncountable"]);

/**
 * Of `names` (capitalized words or names the people finder took for people), those whose first word
 * the text uses to qualify a lower-case noun at least twice ("the Azure region", "Kubernetes team",
 * "Postgres databases"): products, services and places, which are topics. People's names do not
 * qualify nouns ("Nico built", "Anand said"); a known first name never counts.
 */
export function namesUsedAsModifiers(sentences: Sentence[], names: Iterable<string>): Set<string> {
  const firstWords = new Map<string, string[]>();
  for (const name of names) {
    const first = name.split(/\s+/)[0]!;
    if (first.length < 3 || isKnownFirstName(first.toLowerCase())) continue;
    firstWords.set(first, [...(firstWords.get(first) ?? []), name]);
  }
  if (firstWords.size === 0) return new Set();
  const uses = new Map<string, number>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(/\b([A-Z][A-Za-z0-9-]+)\s+([a-z][a-z-]+)\b/g)) {
      if (!firstWords.has(m[1]!) || !isNoun(m[2]!)) continue;
      uses.set(m[1]!, (uses.get(m[1]!) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [first, full] of firstWords) if ((uses.get(first) ?? 0) >= MIN_USES) for (const n of full) out.add(n);
  return out;
}

function isNoun(word: string): boolean {
  if (STOPWORDS.has(word) || /(?:ly|ed|ing)$/.test(word)) return false;
  const tag = lexiconTag(word);
  return tag === undefined || NOUN_TAGS.has(tag);
}
