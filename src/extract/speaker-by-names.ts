/** The names a person answers to: first name and one-word aliases, with the surname when known. */
export type PersonNames = { first: string[]; last: string | null };

export function personNames(name: string, aliases: string[] = []): PersonNames {
  const words = name.trim().split(/\s+/);
  const first = [...new Set([words[0]!, ...aliases])].filter((n) => /^\p{Lu}[\p{L}'’-]*$/u.test(n));
  return { first, last: words.length > 1 ? words[words.length - 1]! : null };
}

/**
 * Indexes of the sentences that quote someone ("the customer will say, \"Tomer, can you comment?\"").
 * A quotation may run over several sentences: every sentence from an opening mark to its closing one is quoted.
 */
export function quotedSentences(sentences: { index: number; raw: string }[]): Set<number> {
  const quoted = new Set<number>();
  let open = false;
  for (const s of sentences) {
    const marks = (s.raw.match(/["“”]/g) ?? []).length;
    if (open || marks > 0) quoted.add(s.index);
    if (marks % 2 === 1) open = !open;
  }
  return quoted;
}

/**
 * Which of two people said a sentence, by the names in it: nobody calls themselves by name, so a
 * sentence naming one of them was said by the other, unless the speaker is introducing or
 * describing themself ("this is Dana", "Dana here", "I'm probably the only Dana"). A first name
 * followed by another surname ("Dana Smith" when Dana is a Whitfield) says nothing. Null when the
 * names say nothing (neither or both named). Callers skip quoted speech (see quotedSentences).
 */
export function speakerByNames(text: string, owner: PersonNames, other: PersonNames): "owner" | "other" | null {
  if (other.first.some((n) => introduces(text, n))) return "other";
  if (owner.first.some((n) => introduces(text, n))) return "owner";
  const ownerNamed = owner.first.some((n) => names(text, n, owner.last));
  const otherNamed = other.first.some((n) => names(text, n, other.last));
  if (ownerNamed === otherNamed) return null;
  return ownerNamed ? "other" : "owner";
}

/** `first` said as a name of this person: not followed by some other capitalized surname. */
function names(text: string, first: string, last: string | null): boolean {
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}'’-])${escape(first)}(?![\\p{L}'’-])(?:\\s+(\\p{Lu}[\\p{L}'’-]+))?`, "gu"))) {
    const next = m[1];
    if (!next || !last || next === last || !/^\p{Lu}\p{Ll}/u.test(next)) return true;
  }
  return false;
}

/** "I'm Dana", "this is Dana", "Dana here", "I'm probably the only Dana": the name is the speaker's own. */
function introduces(text: string, first: string): boolean {
  const n = escape(first);
  return new RegExp(
    `\\b(?:I'm|I am|my name is|this is|it's)\\s+(?:(?:probably|also|just|actually|really|still|the|only|a|another)\\s+){0,3}${n}(?![\\p{L}'’-])|^${n}\\s+here\\b`,
    "u",
  ).test(text);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
