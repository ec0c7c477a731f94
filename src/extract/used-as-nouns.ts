import { VERB_CLASS, type KeyTerm } from "./key-terms.ts";

/**
 * Key terms re-ranked as topics by how the speakers use them: a word the lexicon lists as a verb
 * ("release", "process", "model") but that is mostly said as a noun ("the release", "a pricing
 * model") names a topic like any other noun, so it loses the verb weighting. Key terms keep it for
 * picking sentences, where a verb-like word says less about what a sentence is about.
 */
export function weighUsedAsNouns(terms: KeyTerm[]): KeyTerm[] {
  return terms
    .map((t) => (t.lexicalVerb && (t.asNoun ?? 0) > (t.asVerb ?? 0) ? { ...t, weight: t.weight / VERB_CLASS } : t))
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
}
