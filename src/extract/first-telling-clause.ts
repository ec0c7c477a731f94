import { stem, tokenize } from "./content-words.ts";
import { lexiconTag } from "./lexicon.ts";

/**
 * Where a task or decision goes on past its main point: a stop, comma or dash, a joined clause ("and to",
 * "so", "because", "which") or a purpose ("… the cluster to get lower latency").
 */
const BREAK = /\s*[.!?,;:]\s+|\s+[-–—]+\s+|\s+(?=(?:and|so|because|since|which|where|while|but|or|as|until|unless|once)\s)/gi;

/** A clause that ends on one of these was cut mid-phrase. */
const DANGLING = /\b(?:a|an|the|of|to|for|with|and|or|but|that|which|in|on|at|by|from|as|so|if|than|this|these|those|our|your|their|my|its|some|any|about|into|between|like|very|more|most|just|out|up|is|are|was|be|been|have|has|had|do|does|can|will|would|should|could|not|we|they|you|i|he|she|it)$/i;

/**
 * The summary's short form of a task or decision ("get RDMA between the LSV4s to establish the
 * cluster and to have lower latency" → "get RDMA between the LSV4s"): the opening clauses up to
 * and including the first one that names a key term, when that stops short of the whole. A text
 * that names no key term, or whose short form would be a stub, comes back whole.
 */
export function firstTellingClause(text: string, termWeight: ReadonlyMap<string, number>, minWords = 3): string {
  const body = text.replace(/[.!?\s]+$/, "");
  // Clause ends, as offsets into the text.
  const ends: number[] = [];
  for (const m of body.matchAll(BREAK)) if (m.index > 0) ends.push(m.index);
  for (const m of body.matchAll(/\s+to\s+([a-z]+)\b/g)) if (m.index > 0 && isVerb(m[1]!)) ends.push(m.index);
  ends.sort((a, b) => a - b);
  for (const end of ends) {
    const kept = body.slice(0, end).trim();
    if (namesKeyTerm(kept, termWeight) && kept.split(/\s+/).length >= minWords && !DANGLING.test(kept)) return kept;
  }
  return body;
}

function namesKeyTerm(text: string, termWeight: ReadonlyMap<string, number>): boolean {
  return tokenize(text).some((w) => termWeight.has(stem(w)));
}

function isVerb(word: string): boolean {
  const tag = lexiconTag(word.toLowerCase());
  return tag === "Infinitive" || tag === "Verb" || tag === "PresentTense" || tag === "PhrasalVerb";
}
