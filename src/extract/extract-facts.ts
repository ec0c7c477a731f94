import type { Sentence } from "./build-turns.ts";
import { tidyPunctuation } from "./clean-filler.ts";
import { capitalize, contentWords, overlap } from "./content-words.ts";
import { compressSentence, condense, looksLikeFragment } from "./compress-sentence.ts";
import { isKnownNonName } from "./lexicon.ts";
import { specificity } from "./specificity.ts";
import { splitFusedClauses } from "./fused-clauses.ts";
import { holdsQuestion, lacksSubject, opensDependent, opensWithYou } from "./stands-alone.ts";
import { statesRole } from "./states-role.ts";
import { answerToQuestion } from "./answer-to-question.ts";
import { dropLeadClause } from "./drop-lead-clause.ts";
import { nameTheSpeaker } from "./name-the-speaker.ts";
import { isPlaceholderName } from "./resolve-speakers.ts";
import { tersenStatement } from "./tersen-statement.ts";
import { writeQuantities } from "./write-quantities.ts";

export type FactOptions = {
  /** How many facts at most. */
  limit: number;
  /** Sentence centrality in [0, 1] (see scoreCentrality). */
  centrality: Map<number, number>;
  /** Sentences already used as tasks or decisions. */
  exclude: Set<number>;
  /** Weight of the conversation's key terms by stem (see keyTerms); facts that name them rank higher. */
  termWeight?: ReadonlyMap<string, number>;
  /** The vault owner's name: what he says of himself is not news to him (see aboutOwner). */
  ownerName?: string;
};

/** Ranking weights: the meeting's key terms, centrality, an early position (where a meeting states its
 * context and numbers) and brevity (a short line with the same content reads and matches better). */
const TERM_W = 0.5;
const CENT_W = 2;
const POS_W = 2;
/** Per 20 words of the line. */
const LEN_W = 2;

const NUMBER_WORD =
  /\b(?:\d[\d,.]*[a-z%]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|billion|trillion|half|double|twice|percent)\b/gi;
const UNIT =
  /\b(?:gigs?|gigabits?|gigabytes?|terabytes?|petabytes?|tb|gb|pb|gbps|tbps|cores?|gpus?|nodes?|racks?|servers?|vms?|users?|customers?|employees?|people|engineers?|developers?|dollars?|k|m|weeks?|months?|years?|days?|hours?|quarters?|percent|%|\$)\b/gi;
const DATE_WORD =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|h[12]|20\d\d|monday|tuesday|wednesday|thursday|friday|next (?:week|month|year|quarter)|end of (?:the )?(?:year|quarter|month))\b/gi;
/** Opinion and doubt. Matched on the condensed line, where "don't" and "I'm" are written out. */
const OPINION =
  /\b(?:I think|I feel|I (?:don't|do not) know|I(?:'m| am) not sure|not sure|I guess|I wonder|I believe|I hope|I(?:'m| am) curious|I love|I like|to be honest|I was|I(?:'m| am) just|I mean)\b/i;
const CHATTER =
  /^(?:makes sense|that makes sense|sounds good|sounds great|that works|agreed|exactly|perfect|great|cool|awesome|got it|fair enough)\b|\b(?:how are you|nice to meet|good to see|talk to you|see you|thank you|thanks|sorry|can you hear|on mute|you're muted|bye)\b/i;
/** A story: what someone did, saw or was told, in the past ("we visited Redmond 6 weeks ago", "he said",
 * "Dana met with the Oslo team"). A note keeps what holds; such lines matched a reference fact at half
 * the rate of the rest. The subject is a personal pronoun or a name (not "It was", "That was"). */
const NARRATIVE =
  /\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|(?!(?:It|That|This|There|What|Which|Who|The|And|But|So|Then|Now)\b)[A-Z][a-z]+)\s+(?:was|were|did|had|went|met|got|took|saw|told|said|talked|visited|spoke|asked)\b|\b[Aa]go\b/;
const NARRATIVE_W = 2;
/** Who does what (see statesRole): what a reader looks up again, with no number or acronym to rank it by. */
const ROLE_W = 1;
const STATEMENT_VERB = /\b(?:is|are|was|were|has|have|had|will|owns|runs|supports|requires|needs|costs|includes|uses|plans?|expects?|targets?)\b/i;

/**
 * Key facts: sentences dense in numbers, dates, names and the conversation's central words,
 * stated rather than asked, each cut to its informative clause and not repeating another.
 */
export function extractFacts(sentences: Sentence[], opts: FactOptions): { sentence: Sentence; text: string }[] {
  const scored = rankFactCandidates(sentences, opts);
  const chosen: typeof scored = [];
  for (const c of scored) {
    if (chosen.length >= opts.limit) break;
    if (chosen.some((x) => overlap(x.words, c.words) >= 0.4)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.s.index - b.s.index).map((c) => ({ sentence: c.s, text: c.text }));
}

export type FactCandidate = { s: Sentence; text: string; score: number; words: string[] };

/** Every sentence that could be a fact, as its best note line, best first. */
export function rankFactCandidates(sentences: Sentence[], opts: Omit<FactOptions, "limit">): FactCandidate[] {
  const scored: { s: Sentence; text: string; score: number; words: string[] }[] = [];
  const owner = opts.ownerName?.trim().split(/\s+/)[0] ?? null;
  for (const [i, s] of sentences.entries()) {
    if (opts.exclude.has(s.index)) continue;
    const answered = answeredCount(s, sentences[i + 1]);
    if (answered) {
      const words = contentWords(answered);
      const wc = answered.split(/\s+/).length;
      const score = factScore(answered, wc, words.length) - LEN_W * (wc / 20);
      const terms = opts.termWeight ? specificity(answered, opts.termWeight) : 0;
      scored.push({ s, text: answered, score: score + CENT_W * (opts.centrality.get(s.index) ?? 0) + TERM_W * terms - POS_W * s.position, words });
      continue;
    }
    if (/\?\s*$/.test(s.text) || CHATTER.test(s.text) || looksLikeFragment(s.text)) continue;
    let best: { text: string; score: number; words: string[] } | null = null;
    const whole = writeQuantities(tersenStatement(condense(compressFact(s.text))));
    const main = dropLeadClause(whole);
    // Two sentences run together without a stop are two candidates (see splitFusedClauses).
    const lines = [whole, ...(main ? [main] : [])].flatMap(splitFusedClauses).flatMap((t) => clauseWindows(nameTheSpeaker(t, speakerName(s.speaker))));
    // Cutting framing off ("it seems that now …") can bare a discourse marker: it goes too.
    for (const text of lines.map((t) => dropOpeners(tersenStatement(t)))) {
      const words = contentWords(text);
      const wc = text.split(/\s+/).length;
      if (wc < 5 || words.length < 3 || opensDependent(text) || lacksSubject(text) || holdsQuestion(text) || opensWithYou(text)) continue;
      if (owner && aboutOwner(text, owner, s.speaker)) continue;
      const score = factScore(text, wc, words.length) - LEN_W * (wc / 20);
      if (!best || score > best.score) best = { text, score, words };
    }
    if (!best) continue;
    const terms = opts.termWeight ? specificity(best.text, opts.termWeight) : 0;
    const extra = -POS_W * s.position;
    scored.push({ s, text: best.text, score: best.score + CENT_W * (opts.centrality.get(s.index) ?? 0) + TERM_W * terms + extra, words: best.words });
  }
  return scored.sort((a, b) => b.score - a.score || a.s.index - b.s.index);
}

/** A "how many" question answered by the next speaker's opening sentence, as one line (see answerToQuestion). */
function answeredCount(question: Sentence, answer: Sentence | undefined): string | null {
  if (!answer || answer.turn !== question.turn + 1 || !/\?\s*$/.test(question.text)) return null;
  const line = answerToQuestion(question.text, answer.text);
  return line && writeQuantities(line);
}

/** True when the line is about the vault owner: it opens with his first name, or he says "I …" (a line
 * nameTheSpeaker could not retell). His own doings and views are no news to him. */
function aboutOwner(text: string, ownerFirst: string, speaker: string | null): boolean {
  if (text.startsWith(ownerFirst) && !/^[\w'’]/.test(text.slice(ownerFirst.length))) return true;
  return speaker?.split(/\s+/)[0] === ownerFirst && /^I\b(?!\/)/.test(text);
}

/** The speaker's name when it is a person's, not a placeholder like "Remote" or "Speaker 2". */
function speakerName(speaker: string | null): string | null {
  return speaker && !isPlaceholderName(speaker) ? speaker : null;
}

function factScore(text: string, wc: number, contentCount: number): number {
  const numbers = (text.match(NUMBER_WORD) ?? []).length;
  const units = (text.match(UNIT) ?? []).length;
  const dates = (text.match(DATE_WORD) ?? []).length;
  const tokens = text.split(/\s+/);
  let propers = 0;
  let acronyms = 0;
  tokens.forEach((tok, i) => {
    const w = tok.replace(/[^A-Za-z0-9'-]/g, "");
    if (!w || w === "I" || /^I'/.test(w)) return;
    if (/^[A-Z0-9][A-Z0-9-]+s?$/.test(w) && /[A-Z]/.test(w)) acronyms++;
    else if (i > 0 && /^[A-Z][a-z]/.test(w) && !isKnownNonName(w.toLowerCase())) propers++;
  });
  let score = 0;
  score += Math.min(numbers, 3) * 1.0 + Math.min(units, 2) * 0.5 + Math.min(dates, 2) * 0.8;
  score += Math.min(propers, 4) * 0.45 + Math.min(acronyms, 3) * 0.5;
  score += (contentCount / wc) * 2;
  if (STATEMENT_VERB.test(text)) score += 0.3;
  if (statesRole(text)) score += ROLE_W;
  if (OPINION.test(text)) score -= 1;
  if (NARRATIVE.test(text)) score -= NARRATIVE_W;
  if (/^(?:if|when|whether|unless)\b/i.test(text) || /\b(?:would|could|might)\b/i.test(text)) score -= 1;
  if (/^(?:it|that|this|they|he|she|those|these|there)\b/i.test(text)) score -= 0.4;
  if (/\byou\b/i.test(text)) score -= 0.6;
  if (/\bI\b/.test(text)) score -= 0.6;
  if (wc > 32) score -= 0.8;
  return score;
}

const CLAUSE_SPLIT = /[;:]\s+|,\s+(?=(?:and|but|so|because|which|where|then|or|while|whereas|if|when)\s)|\s+(?=(?:because|so that|which means|whereas)\s)/;
const WINDOW_WORDS = 32;

/** The sentence itself when short, else each run of whole clauses that fits in a note line. */
function clauseWindows(text: string): string[] {
  if (text.split(/\s+/).length <= WINDOW_WORDS) return [text];
  const clauses = text.split(CLAUSE_SPLIT).map((c) => c.trim()).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < clauses.length; i++) {
    let window = "";
    for (let j = i; j < clauses.length; j++) {
      const next = window ? `${window}, ${clauses[j]}` : clauses[j]!;
      if (next.split(/\s+/).length > WINDOW_WORDS) break;
      window = next;
      out.push(capitalize(window.replace(/^(?:and|but|so|because|which|then|or|while|whereas)\s+/i, "")));
    }
  }
  return out.length > 0 ? out : [text.split(/\s+/).slice(0, WINDOW_WORDS).join(" ")];
}

/** Hedges and discourse markers a statement opens with ("I think", "so", "like", "yeah"). */
const OPENERS = /^(?:(?:I think|I guess|I mean|I would say|I'd say|I know|we know|you know|so|and|but|because|cause|like|well|okay|yeah|now)\s*,?\s+)+/i;

/** The statement without the hedges and discourse markers it opens with. */
function dropOpeners(text: string): string {
  return capitalize(text.replace(OPENERS, ""));
}

/** Cut a spoken sentence to a fact: no hedges or lead-ins, at most ~30 words. */
function compressFact(text: string): string {
  let t = dropOpeners(compressSentence(text))
    .replace(/,?\s*(?:right|okay|yeah|you know)\s*[?.!]?\s*$/i, "");
  const words = t.split(/\s+/);
  if (words.length > 30) {
    const cut = words.slice(0, 30).join(" ");
    const stop = Math.max(cut.lastIndexOf(","), cut.lastIndexOf(";"));
    t = stop > cut.length / 2 ? cut.slice(0, stop) : cut;
  }
  t = tidyPunctuation(t).replace(/[,;:]+$/, "");
  return capitalize(t);
}
