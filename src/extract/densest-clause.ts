import { looksLikeFragment } from "./compress-sentence.ts";
import { contentWords } from "./content-words.ts";

const MIN_WORDS = 8;
const MAX_WORDS = 24;

/**
 * The part of a long spoken sentence that carries its topic: of the runs of consecutive clauses
 * (split at commas, semicolons, dashes and joining "but / because / so"), the one whose words
 * are most densely key terms, as long as it still reads as a statement (it has a verb and does
 * not open mid-phrase). A sentence with no better part comes back whole.
 */
export function densestClause(text: string, termWeight: ReadonlyMap<string, number>): string {
  const clauses = text
    .split(/\s*[;:,]\s+|\s+[-–—]+\s+|\s+(?=(?:but|because|so|whereas|although|though)\s)/i)
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length <= 1) return text;
  let best = { text, score: density(text, termWeight) };
  for (let i = 0; i < clauses.length; i++) {
    for (let j = i + 1; j <= Math.min(clauses.length, i + 3); j++) {
      const part = clauses.slice(i, j).join(", ").replace(/^(?:but|because|so|and|or|whereas|although|though)\s+/i, "");
      const n = part.split(/\s+/).length;
      if (n < MIN_WORDS || n > MAX_WORDS || looksLikeFragment(part)) continue;
      const score = density(part, termWeight);
      if (score > best.score) best = { text: part, score };
    }
  }
  return best.text.charAt(0).toUpperCase() + best.text.slice(1);
}

/** Key-term weight per word, discounted a little for very short parts. */
function density(text: string, termWeight: ReadonlyMap<string, number>): number {
  const n = text.split(/\s+/).length;
  let sum = 0;
  for (const w of new Set(contentWords(text))) sum += termWeight.get(w) ?? 0;
  return sum / (n + 3);
}
