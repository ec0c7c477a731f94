/** Words after which "her" is the object ("meet her tomorrow"), not a possessive ("her slides"). */
const AFTER_OBJECT = /^(?:$|[,.;:!?]|(?:to|with|on|about|for|in|at|from|and|or|so|because|today|tomorrow|tonight|next|this|later|again|first|now|soon|once|when|after|before|as|if|into|through|up|out|back|over)\b)/i;

/**
 * "I'll set up a one-on-one with him": a task list needs the person. Replace the first object
 * "him"/"her" of the action with `who` (the first name of the person just named, found by the
 * caller). "her" followed by a noun is a possessive ("send her slides") and stays, and so does a
 * pronoun the recognizer already followed with a name ("put him Jason on a call").
 */
export function resolvePersonPronoun(action: string, who: string | null): string {
  if (!who) return action;
  const m = /\b(him|her)\b/i.exec(action);
  if (!m) return action;
  const after = action.slice(m.index + m[0].length).trimStart();
  if (/^[A-Z][a-z]/.test(after)) return action;
  if (m[1]!.toLowerCase() === "her" && !AFTER_OBJECT.test(after)) return action;
  return action.slice(0, m.index) + who + action.slice(m.index + m[0].length);
}

/**
 * "We're working with Gal's team, so we should check with them": the team or person the speaker
 * works with, named after "with" in the words just before (nearest first), is who "with him/them"
 * means. Returns the phrase without its article ("Gal's team"), or null.
 */
export function partnerJustNamed(texts: readonly string[]): string | null {
  for (const text of texts) {
    const found = [...text.matchAll(/\bwith\s+(?:(?:a|an|the)\s+)?((?:(?:his|her|their|our|[A-Z][\w'-]*|[a-z][\w'-]*)\s+){0,3}(?:team|group|org|organization|folks|people))\b/g)];
    if (found.length > 0) return found[found.length - 1]![1]!;
  }
  return null;
}
