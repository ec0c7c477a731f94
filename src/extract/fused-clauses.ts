import { capitalize } from "./content-words.ts";
import { lexiconTag } from "./lexicon.ts";

/**
 * Two sentences the recognizer ran together with no stop between them: "It slipped by 2 weeks we
 * will aim for the 100 gig VM", "The customer has to push for this we have done it in Oslo". A
 * subject pronoun and its verb straight after a noun, a number or a name, with no comma and no
 * joining word, starts a new clause. Not a seam:
 * - after a joining word, a verb or an adverb ("… and we will", "said we can", "told them we can",
 *   "was they would", "then we will");
 * - a noun with a determiner before it, which the clause qualifies ("the deals we will sign",
 *   "the way they sell");
 * - a pronoun begun again ("We they are building it").
 * A full stop inside the line ("We do and we do not. 2SIG is talking about …") ends a sentence too.
 */

const SUBJECT = "(?:I|we|they|he|she|it)";
const FINITE = "(?:am|is|are|was|were|will|would|have|has|had|do|does|did|can|could|should|need|needs|want|wants|'m|'re|'ll|'ve|'s)";
/** A word, a space (no punctuation), then a subject pronoun and a finite verb. */
const SEAM = new RegExp(`([\\w'’.$%~-]+)\\s+(?=${SUBJECT}\\s*${FINITE}\\b)`, "g");

/** Words after which a clause with its own subject may follow without a comma. */
const JOINS = new Set(
  `and but or nor so yet that which who whom whose because cause if when where whereas while as since than what how why
  whether until till before after once unless though although whenever wherever said say says saying think thought know knew
  mean meant guess hope believe feel felt sure told tell tells realize realized heard hear assume understand wish expect
  ensure make then now yes yeah no okay well like means even just also really maybe actually basically probably perhaps
  i we you they he she it me us them him her`.split(/\s+/),
);
/** Lexicon tags of words a clause may follow: verbs, adverbs, connectives. */
const JOIN_TAGS = new Set(["Infinitive", "PastTense", "PresentTense", "Copula", "Modal", "Auxiliary", "Gerund", "Adverb", "Conjunction", "Preposition", "QuestionWord", "Pronoun"]);
const ADJUNCT_TAGS = new Set(["Preposition", "Adverb", "Date", "Duration"]);
const VERB_TAGS = new Set(["Verb", "Infinitive", "PastTense", "PresentTense", "Copula", "Modal", "Auxiliary"]);
const DETERMINER = /^(?:the|a|an|this|that|these|those|every|each|any|some|no|our|their|your|my|his|her|its|many|which|what)$/i;

/** A full stop inside the line before a capital: the line holds two sentences. */
const INNER_STOP = /(?<=\b(?!(?:Mr|Ms|Mrs|Dr|St|vs|etc|approx|Inc|Ltd|Co)\.)[\w%)]+[.!?])\s+(?=[A-Z0-9])/g;

/** The offsets where a new clause starts without a stop (see the module comment). */
function seams(text: string): number[] {
  const out: number[] = [...text.matchAll(INNER_STOP)].map((m) => m.index + m[0].length);
  for (const m of text.matchAll(SEAM)) {
    const word = m[1]!.toLowerCase().replace(/[’]/g, "'");
    if (JOINS.has(word) || /ly$/.test(word) || JOIN_TAGS.has(lexiconTag(word) ?? "")) continue;
    const head = text.slice(0, m.index + m[1]!.length).trim();
    const before = text.slice(0, m.index).trim().split(/\s+/).pop() ?? "";
    if (DETERMINER.test(before)) continue;
    // "in March it will be", "and in reality it is": a phrase set before the clause, not a clause of its own.
    const opening = (head.split(/[,;:]\s+|\s(?:and|but|or|so)\s/i).pop() ?? head).trim().split(/\s+/)[0]!.toLowerCase();
    if (ADJUNCT_TAGS.has(lexiconTag(opening) ?? "") || /ly$/.test(opening)) continue;
    // The words before must already make a clause: a verb among them.
    if (!head.split(/\s+/).some((w) => VERB_TAGS.has(lexiconTag(w.toLowerCase().replace(/[^a-z']/g, "")) ?? ""))) continue;
    out.push(m.index + m[0].length);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/** True when the line runs two sentences together (see the module comment). */
export function fusesClauses(text: string): boolean {
  return seams(text).length > 0;
}

/** The line cut at each seam into the sentences it runs together; the line itself when it has none. */
export function splitFusedClauses(text: string): string[] {
  const at = seams(text);
  if (at.length === 0) return [text];
  const cuts = [0, ...at, text.length];
  const out: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const piece = text.slice(cuts[i], cuts[i + 1]).trim().replace(/[,;:]+$/, "");
    if (piece) out.push(capitalize(piece));
  }
  return out;
}
