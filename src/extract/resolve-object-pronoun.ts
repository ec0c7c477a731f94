import { STOPWORDS, contentWords } from "./content-words.ts";
import { lexiconTag } from "./lexicon.ts";

/** Verb, optional particle, then a bare pronoun that is the object ("bring it up with Anand"). */
const PRONOUN_OBJECT =
  /^([a-z]+(?:\s+(?:up|out|over|back|through|on|along|forward))?)\s+(?:it|that|this|those|these)(?:\s+(up|out|over|back|through|along|forward)\b)?(?=\s*$|\s*[.;!?]|\s+(?:with|to|for|on|in|at|by|from|and|so|as|because|before|after|today|tomorrow|this|next|later|again|offline|internally|quickly|first)\b)/i;

/** Head nouns that only point elsewhere: replacing a pronoun with them adds nothing. */
const EMPTY_HEAD =
  /\b(?:thing|things|stuff|question|questions|point|points|idea|way|part|one|ones|lot|bit|time|kind|sort|case|fact|reason|problem|issue|answer|something|anything|everything|nothing|nobody|somebody|everybody|people|guys|folks|call|meeting|conversation|guy|person|someone|today|tomorrow|yesterday|minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years|quarter|end|ago)$|\bago\b/i;

/**
 * "I'll bring it up with Anand": a bare pronoun says nothing in a task list. When the object of the
 * action is "it"/"that"/"this", put in its place the most contentful noun phrase of the words just
 * before (the earlier part of the sentence, then the previous sentence): "bring up the bare metal dev
 * system with Anand". Returns the action unchanged when no good antecedent is found.
 */
export function resolveObjectPronoun(action: string, context: readonly string[]): string {
  const m = PRONOUN_OBJECT.exec(action);
  if (!m) return action;
  for (const text of context) {
    const np = bestNounPhrase(text);
    if (np) return `${m[1]}${m[2] ? ` ${m[2]}` : ""} ${np}${action.slice(m[0].length)}`;
  }
  return action;
}

/** Words that open a noun phrase: determiners, possessives, numbers and "which" ("figure out which data center"). */
const DETERMINER = /^(?:[Tt]he|[Aa]n?|[Oo]ur|[Yy]our|[Tt]heir|[Mm]y|[Hh]is|[Hh]er|[Ii]ts|[Tt]his|[Tt]hese|[Tt]hose|[Ss]ome|[Aa]ny|[Ee]ach|[Ee]very|[Aa]nother|[Ww]hich|[Ww]hat|[Ww]hose|\d[\d.,]*|[A-Z][\w-]*'s)$/;
/** Words that end one: function words and verbs of talk, except the "of" that joins two nouns. */
const STOPS_PHRASE = (w: string) =>
  w !== "of" && (STOPWORDS.has(w.toLowerCase()) || STOP_TAGS.has(lexiconTag(w) ?? "") || /^(?:to|for|with|on|in|at|by|from|into|about|than|as|and|or|but|so|because|if|when|that|which|who|where|while)$/i.test(w));
const STOP_TAGS = new Set(["Preposition", "Adverb", "PastTense", "Modal", "Copula", "Conjunction", "Pronoun", "Determiner", "Auxiliary", "QuestionWord"]);
/** Words a noun phrase does not end on: "the third", "an unscaled", "the plan of". */
const WEAK_END = (w: string) => w === "of" || /^(?:Adjective|TextValue|Preposition|Determiner|Comparative|Superlative)$/.test(lexiconTag(w) ?? "") || /ed$/.test(w);

/**
 * Determiner-led noun phrases ("the bare metal dev system", "Anand's team", "a separate
 * engineering track of the program"): a cheap chunker, enough to find what "it" refers to.
 */
function nounPhrases(text: string): string[] {
  const words = text.replace(/[,.;:!?()"“”]/g, " $& ").split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!DETERMINER.test(words[i]!)) continue;
    const phrase = [words[i]!];
    let j = i + 1;
    while (j < words.length && phrase.length < 7 && /^[\w][\w'-]*$/.test(words[j]!) && !STOPS_PHRASE(words[j]!)) phrase.push(words[j++]!);
    while (phrase.length > 1 && WEAK_END(phrase[phrase.length - 1]!)) phrase.pop();
    if (phrase.length >= 2) out.push(phrase.join(" "));
    i = j - 1;
  }
  return out;
}

function bestNounPhrase(text: string): string | null {
  if (!text.trim()) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const raw of nounPhrases(text)) {
    const np = raw.replace(/^(?:The|A|An|This|That|These|Those|Our|My|Your|Their|Some|Which|What|Whose)\b/, (d) => d.toLowerCase()).trim();
    if (EMPTY_HEAD.test(np)) continue;
    // A thing, not a person: at least one lower-case word that is not a pronoun or determiner.
    if (!/\b(?!(?:a|an|the|this|that|these|those|my|our|your|their|his|her|its|some|any|it|we|you|they|them|us|me|him|there|which|who|what)\b)[a-z][a-z-]+\b/.test(np)) continue;
    const score = contentWords(np).length;
    // The later phrase wins a tie: it is closer to the pronoun.
    if (score > 0 && score >= bestScore) {
      best = np;
      bestScore = score;
    }
  }
  return best;
}
