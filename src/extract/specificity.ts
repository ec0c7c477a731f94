import { stem, tokenize } from "./content-words.ts";
import { isKnownNonName } from "./lexicon.ts";

/**
 * How concrete a piece of text is: the weight of the conversation's key terms it contains, plus
 * names, acronyms and numbers. "Send Lior the MAI deck" is concrete; "take a look at it" is not.
 */
export function specificity(text: string, termWeight: ReadonlyMap<string, number>): number {
  let score = 0;
  const seen = new Set<string>();
  for (const w of tokenize(text)) {
    const s = stem(w);
    if (seen.has(s)) continue;
    seen.add(s);
    score += termWeight.get(s) ?? 0;
  }
  let names = 0;
  let acronyms = 0;
  const tokens = text.split(/\s+/);
  tokens.forEach((tok, i) => {
    const w = tok.replace(/[^A-Za-z0-9'-]/g, "").replace(/'s$/, "");
    if (!w || w === "I" || /^I'/.test(w)) return;
    if (/^[A-Z0-9][A-Z0-9-]*[A-Z][A-Z0-9-]*s?$/.test(w)) acronyms++;
    else if (i > 0 && /^[A-Z][a-z]/.test(w) && !isKnownNonName(w.toLowerCase())) names++;
  });
  const numbers = (text.match(/\b\d[\d,.]*\b/g) ?? []).length;
  return score + 0.4 * Math.min(names, 3) + 0.4 * Math.min(acronyms, 3) + 0.4 * Math.min(numbers, 2);
}
