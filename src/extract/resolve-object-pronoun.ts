import nlp from "compromise";
import { contentWords } from "./content-words.ts";

/** Verb, optional particle, then a bare pronoun that is the object ("bring it up with Anand"). */
const PRONOUN_OBJECT =
  /^([a-z]+(?:\s+(?:up|out|over|back|through|on|along|forward))?)\s+(?:it|that|this|those|these)(?:\s+(up|out|over|back|through|along|forward)\b)?(?=\s*$|\s*[.;!?]|\s+(?:with|to|for|on|in|at|by|from|and|so|as|because|before|after|today|tomorrow|this|next|later|again|offline|internally|quickly|first)\b)/i;

/** Head nouns that only point elsewhere: replacing a pronoun with them adds nothing. */
const EMPTY_HEAD =
  /\b(?:thing|things|stuff|question|questions|point|points|idea|way|part|one|ones|lot|bit|time|kind|sort|case|fact|reason|problem|issue|answer|something|anything|everything|nothing|nobody|somebody|everybody|people|guys|folks|call|meeting|conversation|today|tomorrow|yesterday|minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years|quarter|end|ago)$|\bago\b/i;

/**
 * "I'll bring it up with Anand": a bare pronoun says nothing in a task list. When the object of the
 * action is "it"/"that"/"them", put in its place the most contentful noun phrase of the words just
 * before (the earlier part of the sentence, then the previous sentence): "bring the bare metal dev
 * system up with Anand". Returns the action unchanged when no good antecedent is found.
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

function bestNounPhrase(text: string): string | null {
  if (!text.trim()) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const raw of nlp(text).nouns().out("array") as string[]) {
    const np = raw
      .replace(/[.,;:!?]+$/, "")
      .replace(/^(?:and|but|so|or)\s+/i, "")
      .replace(/^(?:The|A|An|This|That|These|Those|Our|My|Your|Their|Some)\b/, (d) => d.toLowerCase())
      .trim();
    if (!np || EMPTY_HEAD.test(np) || /[-–—]{2}|["“”()]/.test(np)) continue;
    // A thing, not a person: at least one lower-case word that is not a pronoun or determiner.
    if (!/\b(?!(?:a|an|the|this|that|these|those|my|our|your|their|his|her|its|some|any|it|we|you|they|them|us|me|him|there|which|who|what)\b)[a-z][a-z-]+\b/.test(np)) continue;
    const words = np.split(/\s+/).length;
    if (words > 6) continue;
    const score = contentWords(np).length;
    // The later phrase wins a tie: it is closer to the pronoun.
    if (score > 0 && score >= bestScore) {
      best = np;
      bestScore = score;
    }
  }
  return best;
}
