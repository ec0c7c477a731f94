import { lexiconTag } from "./lexicon.ts";

/**
 * Whether a note line stands on its own as a statement about something. Not one:
 * - a line that opens with a subordinating conjunction ("If compute runs bare metal, …", "When you
 *   build a cluster …") is a condition or a reason waiting for its main clause, and one that opens
 *   with a connective ("Also …", "Plus …", "Meaning …") continues something said before it (a
 *   scene-setting clause with a main clause after it is cut off first; see dropLeadClause);
 * - a line that opens with a verb ("Went and joined …", "Was the CFO at …", "Have a talk with …")
 *   lost its subject or gives an order;
 * - a line that holds a question asks;
 * - a line that opens with "you" gives advice or a hypothetical ("You need DevOps, …").
 */

const DEPENDENT_OPENING =
  /^(?:if|when|whenever|whether|unless|because|cause|since|although|though|while|whilst|whereas|as|assuming|provided|after|before|until|and|but|or|nor|so|also|plus|then|which|meaning)\b/i;

/** True when the line opens with a word that makes it depend on another clause (see the module comment). */
export function opensDependent(text: string): boolean {
  return DEPENDENT_OPENING.test(text.trim());
}

/** Verb forms that need a subject before them: a line opening with one lost its subject ("Went and
 * joined the Oslo team", "Was the CFO at Acme") or gives an order; neither is a statement. */
const SUBJECT_NEEDED = new Set(["PastTense", "Copula"]);
const ADJECTIVE = new Set(["Adjective", "Comparative", "Superlative"]);
const AUXILIARY_OPENING = /^(?:be|have|has|do|does|did|had|got|gets)\s+(?!(?:I|you|we|they|he|she|it)\b)/i;

/** True when the line opens with a verb that has no subject (see SUBJECT_NEEDED). */
export function lacksSubject(text: string): boolean {
  const first = /^[A-Za-z]+/.exec(text.trim())?.[0];
  if (!first) return false;
  if (AUXILIARY_OPENING.test(text.trim())) return true;
  // "Hard to move the customers", "Good to know": the "it's" before an adjective and its infinitive was lost.
  if (/^[A-Za-z]+\s+to\s/i.test(text.trim()) && ADJECTIVE.has(lexiconTag(first.toLowerCase()) ?? "")) return true;
  return SUBJECT_NEEDED.has(lexiconTag(first.toLowerCase()) ?? "");
}

/** True when the line holds a question ("Are they 4K GPUs? with a 160K cluster"): it asks, it does not state. */
export function holdsQuestion(text: string): boolean {
  return /\?/.test(text);
}

/** True when the line opens with "you": it speaks to the listener or of anyone ("You need DevOps, you
 * need 24/7 support"), advice or a hypothetical rather than a statement about a named thing. */
export function opensWithYou(text: string): boolean {
  return /^(?:you|your)\b/i.test(text.trim());
}
