import { capitalize } from "./content-words.ts";

/**
 * A statement without the subordinate clause it opens with, when the main clause after the comma
 * stands on its own: "If you look at the spec, the new VMs reach 400 Gbps" → "The new VMs reach
 * 400 Gbps"; "When we moved to Oslo last year, the team doubled" → "The team doubled". Such a
 * clause sets the scene or gives a reason; a note states what holds. A condition ("if the VM
 * fails, …", "unless …") is not dropped: without it the statement would say something else; nor is
 * a clause that names something or gives a number ("If you look at Azure, there are two offerings").
 * Null when there is no such clause.
 */

const LEAD_CLAUSE =
  /^(?:if you (?:look at|think about|consider|compare)|when|whenever|once|after|before|because|since|although|though|while|as soon as|given that|given|based on|in terms of|as far as)\b[^,;:]{3,120},\s+/i;
/** A main clause opens with its subject: a pronoun or a determiner. Anything else after the comma
 * may be the next item of a list inside the clause ("If you look at Orbit, Helix and Arc, …"). */
const MAIN_CLAUSE = /^(?:we|they|it|he|she|you|I|there|this|these|those|the|a|an|our|their|his|her|its|my|your|what|everyone|everybody|nobody|no one)\b/i;

/** The main clause after an opening subordinate clause (see the module comment), or null. */
export function dropLeadClause(text: string): string | null {
  const m = LEAD_CLAUSE.exec(text);
  if (!m) return null;
  // A clause that names something ("If you look at Azure, …") carries content: keep it.
  if (m[0].split(/\s+/).slice(1).some((w) => /^(?:[A-Z]|\d)/.test(w) && !/^I(?:'|$)/.test(w))) return null;
  const main = text.slice(m[0].length).trim();
  if (!MAIN_CLAUSE.test(main) || main.split(/\s+/).length < 5) return null;
  return capitalize(main);
}
