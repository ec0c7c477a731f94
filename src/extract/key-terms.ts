import type { Sentence } from "./build-turns.ts";
import { STOPWORDS, stem } from "./content-words.ts";
import { lexiconTag } from "./lexicon.ts";

export type KeyTerm = {
  term: string;
  stem: string;
  weight: number;
  count: number;
  /** The lexicon lists the word as a verb only, and its weight carries VERB_CLASS for it ("release", "model"). */
  lexicalVerb?: boolean;
  /** How often the word follows a word that makes it a verb ("to release") or a noun ("the release"). */
  asVerb?: number;
  asNoun?: number;
};

/** Words that are frequent in any meeting and say nothing about its topic, and transcribers' sound notes ("[Applause]"). */
const GENERIC = new Set(
  `time times people person guy guys team teams call calls meeting meetings week weeks day days month months year years
  question questions point points part parts side sides idea ideas today tomorrow yesterday morning afternoon evening
  lot bit place case end start number numbers level kind type sense fact reason problem problems issue issues
  conversation conversations chat email emails work working job role thing able whole different big small little
  first second last good bad better best great hard easy sure true real right left same other today's everybody
  happy interesting important clear fun nice awesome pretty quick long short high low also able many much few
  call sorry yes maybe exactly absolutely definitely probably certainly maybe perspective context couple course less
  bunch discussion discussions insight insights help ask asks asked wait show shows win wins feel feels example
  examples mind moment moments stage step steps topic topics answer answers item items update updates word words
  three four five six seven eight nine ten hundred thousand million billion half minute minutes hour hours
  silence applause music laughter laughing laughs inaudible crosstalk noise coughing typing clicking`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The source's key terms: content words and capitalized names ranked by frequency and spread
 * across the conversation, with names, acronyms and product words weighted up.
 * `exclude` drops words (e.g. participants' names) from the result.
 */
export function keyTerms(sentences: Sentence[], exclude: Iterable<string> = []): KeyTerm[] {
  const excluded = new Set([...exclude].flatMap((n) => n.toLowerCase().split(/\s+/)));
  const stats = new Map<string, { forms: Map<string, number>; count: number; capital: number; spots: Set<number>; verb: number; noun: number }>();
  for (const s of sentences) {
    const tokens = s.text.match(/[A-Za-z][A-Za-z0-9'’\-]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];
    tokens.forEach((tok, i) => {
      const lower = tok.toLowerCase().replace(/’/g, "'");
      if (STOPWORDS.has(lower) || GENERIC.has(lower) || excluded.has(lower) || lower.length < 3) return;
      if (/'/.test(lower)) return;
      const key = stem(lower);
      let st = stats.get(key);
      if (!st) stats.set(key, (st = { forms: new Map(), count: 0, capital: 0, spots: new Set(), verb: 0, noun: 0 }));
      const before = tokens[i - 1]?.toLowerCase().replace(/’/g, "'");
      if (before && VERB_CONTEXT.has(before)) st.verb++;
      else if (before && NOUN_CONTEXT.has(before)) st.noun++;
      st.count++;
      st.forms.set(tok, (st.forms.get(tok) ?? 0) + 1);
      if (i > 0 && /^[A-Z]/.test(tok)) st.capital++;
      st.spots.add(Math.floor(s.position * 10));
    });
  }
  const out: KeyTerm[] = [];
  for (const [key, st] of stats) {
    if (st.count < 2) continue;
    const form = [...st.forms.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const lower = form.toLowerCase();
    const capitalized = st.capital / st.count > 0.5;
    const acronym = /^[A-Z0-9]{2,}s?$/.test(form);
    let weight = Math.log(1 + st.count) * (1 + 0.15 * st.spots.size);
    if (acronym) weight *= 1.5;
    else if (capitalized) weight *= 1.3;
    else weight *= wordClassWeight(lower) * (st.verb > st.noun ? VERB_USE : 1);
    const lexicalVerb = !acronym && !capitalized && isLexicalVerb(lower);
    out.push({ term: capitalized || acronym ? form : lower, stem: key, weight, count: st.count, lexicalVerb, asVerb: st.verb, asNoun: st.noun });
  }
  return out.sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
}

/** Weight of a common word the speakers mostly use as a verb ("we'll connect", "to run"). */
const VERB_USE = 0.4;
/** Words after which the next word is used as a verb ("to run", "we'll connect") or as a noun ("the run"). */
export const VERB_CONTEXT: ReadonlySet<string> = new Set(["to", "will", "would", "can", "could", "should", "must", "might", "may", "i", "we", "you", "they", "i'll", "we'll", "you'll", "they'll", "let's", "don't", "didn't", "can't", "won't", "not"]);
export const NOUN_CONTEXT: ReadonlySet<string> = new Set(["the", "a", "an", "this", "that", "these", "those", "our", "your", "their", "my", "his", "her", "its", "of", "some", "any", "each", "every", "no"]);

const VERBISH = new Set(["Infinitive", "PresentTense", "PastTense", "Gerund", "Participle", "Modal", "Copula", "Auxiliary", "Verb", "PhrasalVerb"]);
const CLOSED = new Set(["Adverb", "Preposition", "Conjunction", "Determiner", "Pronoun", "Expression", "QuestionWord", "Value", "Cardinal", "Ordinal", "Date", "Duration"]);

/** Weight of a word the lexicon lists as a verb. */
export const VERB_CLASS = 0.2;

function isLexicalVerb(word: string): boolean {
  const tag = lexiconTag(word);
  return !!tag && VERBISH.has(tag);
}

/** Nouns name topics; verbs, adverbs and adjectives mostly do not. */
function wordClassWeight(word: string): number {
  const tag = lexiconTag(word);
  if (tag && CLOSED.has(tag)) return 0.2;
  if (tag && VERBISH.has(tag)) return VERB_CLASS;
  if (tag === "Adjective" || tag === "Comparative" || tag === "Superlative") return 0.5;
  if (/ly$/.test(word)) return 0.3;
  if (/ing$/.test(word)) return 0.5;
  if (/ed$/.test(word)) return 0.5;
  return 1;
}
