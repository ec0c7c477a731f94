import type { Sentence } from "./build-turns.ts";

/**
 * Centrality of each sentence over content words: a TextRank-style score computed through word
 * weights instead of a sentence graph (a sentence is central when its words recur across the
 * conversation), normalised to [0, 1]. Linear in the source size.
 * `termWeight` can raise the weight of key terms.
 */
export function scoreCentrality(sentences: Sentence[], termWeight?: Map<string, number>): Map<number, number> {
  const df = new Map<string, number>();
  for (const s of sentences) for (const w of new Set(s.words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(1, sentences.length);
  const raw = new Map<number, number>();
  let max = 0;
  for (const s of sentences) {
    const uniq = new Set(s.words);
    if (uniq.size === 0) {
      raw.set(s.index, 0);
      continue;
    }
    let sum = 0;
    for (const w of uniq) {
      const d = df.get(w) ?? 1;
      if (d < 2) continue; // a word said once links the sentence to nothing
      // Words in nearly every sentence are conversational glue rather than topic.
      const spread = d / n > 0.2 ? 0.3 : 1;
      sum += Math.log(1 + d) * spread * (termWeight?.get(w) ?? 1);
    }
    const score = sum / Math.sqrt(uniq.size + 4);
    raw.set(s.index, score);
    if (score > max) max = score;
  }
  if (max > 0) for (const [k, v] of raw) raw.set(k, v / max);
  return raw;
}
