import type { Sentence } from "./build-turns.ts";
import { compressSentence, condense, looksLikeFragment } from "./compress-sentence.ts";
import { contentWords, overlap, wordCount } from "./content-words.ts";
import { densestClause } from "./densest-clause.ts";

export type SummaryOptions = {
  /** Sentence centrality in [0, 1] (see scoreCentrality). */
  centrality: Map<number, number>;
  /** Opening line naming who met and the main topics; may be empty. */
  lead: string;
  /** Outcome lines (decisions, next steps) that close the summary; may be empty. */
  outcomes: string[];
  /** Length in words of the central statements between the lead and the outcomes. */
  statementWords: number;
  /** Weight of each key term's stem: sentences are picked to cover the key terms not yet covered. */
  termWeight?: ReadonlyMap<string, number>;
};

const MAX_SENTENCE_WORDS = 28;
const MIN_STATEMENT_WORDS = 8;
/** Weight of key-term coverage against centrality when picking summary sentences. */
const COVERAGE = 2;
const POOL_SIZE = 80;
const CHATTER = /\b(?:how are you|nice to meet|good to see|thank you|thanks|sorry|bye|can you hear|on mute)\b/i;

/**
 * Summary: a lead naming the participants and main topics, one or two central statements
 * (TextRank-style centrality over content words, cut to their densest clause and cleared of talk),
 * non-redundant and in reading order, then the outcomes (what was agreed, who does what next).
 */
export function summarize(sentences: Sentence[], opts: SummaryOptions): string {
  const outcomeText = opts.outcomes.filter(Boolean).join(" ");
  const budget = opts.statementWords;
  if (budget <= 0) return [opts.lead, outcomeText].filter(Boolean).join(" ");
  // Candidates: the most central stated sentences (compressing every sentence would be wasted work).
  const pool = sentences
    .filter((s) => s.wordCount >= 7 && !/\?\s*$/.test(s.text) && !CHATTER.test(s.text) && !looksLikeFragment(s.text))
    .sort((a, b) => (opts.centrality.get(b.index) ?? 0) - (opts.centrality.get(a.index) ?? 0) || a.index - b.index)
    .slice(0, POOL_SIZE)
    .map((s) => {
      const whole = condense(compressSentence(s.text));
      const text = shorten(opts.termWeight ? densestClause(whole, opts.termWeight) : whole);
      const terms = new Set(contentWords(text).filter((w) => opts.termWeight?.has(w))).size;
      return { s, text, n: wordCount(text), cw: contentWords(text), score: opts.centrality.get(s.index) ?? 0, terms };
    })
    // A statement worth keeping names at least two of the meeting's key terms and reads as a sentence.
    .filter((c) => c.n >= MIN_STATEMENT_WORDS && (!opts.termWeight || c.terms >= 2) && readsAsStatement(c.text));
  const chosen: typeof pool = [];
  const seen: string[][] = [contentWords(opts.lead), contentWords(outcomeText)];
  const covered = new Set(seen.flat());
  let words = 0;
  while (words < budget) {
    let best: { c: (typeof pool)[number]; gain: number } | null = null;
    for (const c of pool) {
      if (chosen.includes(c) || words + c.n > budget + 8) continue;
      if (seen.some((w) => overlap(w, c.cw) >= 0.3)) continue;
      // Centrality, plus the key terms this sentence would add to the summary.
      let fresh = 0;
      for (const w of new Set(c.cw)) if (!covered.has(w)) fresh += opts.termWeight?.get(w) ?? 0;
      const gain = c.score + (COVERAGE * fresh) / Math.sqrt(c.n);
      if (!best || gain > best.gain) best = { c, gain };
    }
    if (!best) break;
    chosen.push(best.c);
    seen.push(best.c.cw);
    for (const w of best.c.cw) covered.add(w);
    words += best.c.n;
  }
  const body = chosen.sort((a, b) => a.s.index - b.s.index).map((c) => ensurePeriod(c.text));
  return [opts.lead, ...body, outcomeText].filter(Boolean).join(" ");
}

/** One whole sentence: opens with a capital, has a verb, no sentence break inside, no stutter, no dangling end. */
export function readsAsStatement(text: string): boolean {
  if (!/^[A-Z0-9]/.test(text) || looksLikeFragment(text)) return false;
  if (QUESTION.test(text)) return false;
  if (/[.!?]\s+\S/.test(text.replace(/[.!?]+$/, ""))) return false;
  if (count(text, /\(/g) !== count(text, /\)/g) || count(text, /"/g) % 2 === 1) return false;
  if (/\b(\w+\s+\w+)\s+(?:\w+\s+)?\1\b/i.test(text)) return false;
  return !DANGLING.test(text.replace(/[.!?,;:\s]+$/, ""));
}

function count(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

/** A question asked without its question mark ("How does that look on GCP."). */
const QUESTION = /^(?:(?:how|what|why|where|when|who|which)\s+(?:do|does|did|is|are|was|were|can|could|would|should|will)|(?:do|does|did|can|could|would|should|will|is|are)\s+(?:you|we|they|I|he|she|it|there))\b/i;

/** A sentence that ends on one of these was cut off. */
const DANGLING = /\b(?:a|an|the|of|to|for|with|and|or|but|that|which|is|are|was|were|be|in|on|at|by|from|as|so|if|than|then|this|these|those|our|your|their|my|its|we|they|you|i|he|she|it|can|will|would|should|could|do|does|did|have|has|had|not|very|more|most|some|any|like|about)$/i;

function shorten(text: string): string {
  const words = text.split(/\s+/);
  if (words.length <= MAX_SENTENCE_WORDS) return text;
  const cut = words.slice(0, MAX_SENTENCE_WORDS).join(" ");
  const stop = Math.max(cut.lastIndexOf(","), cut.lastIndexOf(";"));
  return (stop > cut.length / 2 ? cut.slice(0, stop) : cut).replace(/[,;:\s]+$/, "");
}

function ensurePeriod(s: string): string {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}
