/**
 * Whether a line says who does what: a person (by name, or "he"/"she") and the work, team or role
 * they own ("Dana runs marketing", "Lee is responsible for the Oslo releases", "Sam is a program
 * manager", "He builds the serverless layer"). Who owns what is what a reader of meeting notes looks
 * up again, and such lines carry no number or acronym for the ranking to see.
 */

/** A first name or first and last name (capitalized, not a pronoun or a sentence word), or he/she. */
const PERSON = String.raw`(?:(?!(?:It|This|That|There|They|We|You|I|The|A|An|And|But|So|Our|My|Your|Their)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:'s)?|He|She)`;
/** Verbs of owning work, in the present ("runs", "is running", "is responsible for"). */
const ROLE_VERB =
  String.raw`(?:(?:is|are)\s+)?(?:also\s+|mostly\s+|now\s+)?(?:runs|running|leads|leading|manages|managing|owns|owning|handles|handling|builds|building|heads|heading|oversees|overseeing|drives|driving|reports to|reporting to|works on|working on|responsible for|in charge of)\b`;
/** "is a program manager", "is our procurement contact", "is the CFO". */
const ROLE_NOUN =
  String.raw`is\s+(?:a|an|the|our|their)\s+(?:[a-z-]+\s+){0,2}(?:manager|lead|leader|director|architect|engineer|owner|contact|head|officer|president|founder|veteran|VP|CFO|CTO|CEO|COO|PM)\b`;

const ROLE = new RegExp(`^${PERSON}\\s+(?:${ROLE_VERB}|${ROLE_NOUN})`);

/** True when the line states who does what (see the module comment). */
export function statesRole(text: string): boolean {
  return ROLE.test(text.trim());
}
