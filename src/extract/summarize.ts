import type { Sentence } from "./build-turns.ts";
import { compressSentence } from "./compress-sentence.ts";
import { contentWords, overlap } from "./content-words.ts";

export type SummaryOptions = {
  /** Sentence centrality in [0, 1] (see scoreCentrality). */
  centrality: Map<number, number>;
  /** Opening line naming who met and the main topics; may be empty. */
  lead: string;
  /** Outcome lines (decisions, next steps) that close the summary; may be empty. */
  outcomes: string[];
  /** Target length in words. */
  maxWords: number;
};

const MAX_SENTENCE_WORDS = 28;
const CHATTER = /\b(?:how are you|nice to meet|good to see|thank you|thanks|sorry|bye|can you hear|on mute)\b/i;

/**
 * Extractive summary: a lead naming the participants and main topics, the most central stated
 * sentences (TextRank-style centrality over content words), non-redundant and in reading order,
 * then the outcomes (what was agreed, who does what next).
 */
export function summarize(sentences: Sentence[], opts: SummaryOptions): string {
  const outcomeText = opts.outcomes.filter(Boolean).join(" ");
  const budget = opts.maxWords - wordsIn(opts.lead) - wordsIn(outcomeText);
  const pool = sentences
    .filter((s) => s.wordCount >= 7 && !/\?\s*$/.test(s.text) && !CHATTER.test(s.text))
    .map((s) => ({ s, text: shorten(compressSentence(s.text)), score: opts.centrality.get(s.index) ?? 0 }))
    .filter((c) => wordsIn(c.text) >= 6)
    .sort((a, b) => b.score - a.score || a.s.index - b.s.index);
  const chosen: typeof pool = [];
  const seen: string[][] = [contentWords(opts.lead), contentWords(outcomeText)];
  let words = 0;
  for (const c of pool) {
    if (words >= budget) break;
    const cw = contentWords(c.text);
    if (seen.some((w) => overlap(w, cw) >= 0.3)) continue;
    const n = wordsIn(c.text);
    if (words + n > budget + 8) continue;
    chosen.push(c);
    seen.push(cw);
    words += n;
  }
  const body = chosen.sort((a, b) => a.s.index - b.s.index).map((c) => ensurePeriod(c.text));
  return [opts.lead, ...body, outcomeText].filter(Boolean).join(" ");
}

function shorten(text: string): string {
  const words = text.split(/\s+/);
  if (words.length <= MAX_SENTENCE_WORDS) return text;
  const cut = words.slice(0, MAX_SENTENCE_WORDS).join(" ");
  const stop = Math.max(cut.lastIndexOf(","), cut.lastIndexOf(";"));
  return (stop > cut.length / 2 ? cut.slice(0, stop) : cut).replace(/[,;:\s]+$/, "");
}

function wordsIn(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}

function ensurePeriod(s: string): string {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}
