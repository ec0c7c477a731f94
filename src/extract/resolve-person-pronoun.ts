/** Words after which "her" is the object ("meet her tomorrow"), not a possessive ("her slides"). */
const AFTER_OBJECT = /^(?:$|[,.;:!?]|(?:to|with|on|about|for|in|at|from|and|or|so|because|today|tomorrow|tonight|next|this|later|again|first|now|soon|once|when|after|before|as|if|into|through|up|out|back|over)\b)/i;

/**
 * "I'll set up a one-on-one with him": a task list needs the person. Replace the first object
 * "him"/"her" of the action with `person`'s first name (the person just named, found by the caller).
 * "her" followed by a noun is a possessive ("send her slides") and stays. Returns the action
 * unchanged when no person is given.
 */
export function resolvePersonPronoun(action: string, person: string | null): string {
  if (!person) return action;
  const first = person.split(/\s+/)[0]!;
  const m = /\b(him|her)\b/i.exec(action);
  if (!m) return action;
  const after = action.slice(m.index + m[0].length).trimStart();
  // "put him Jason on a call": the recognizer already wrote a name next to the pronoun.
  if (/^[A-Z][a-z]/.test(after)) return action;
  if (m[1]!.toLowerCase() === "her" && !AFTER_OBJECT.test(after)) return action;
  return action.slice(0, m.index) + first + action.slice(m.index + m[0].length);
}
