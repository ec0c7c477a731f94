/**
 * A statement the speaker made about themselves, told in the third person as a note does:
 * "I am flying to Oslo on Monday" said by Dana Whitfield → "Dana is flying to Oslo on Monday".
 * Only an opening "I" is rewritten; the verb after it is made to agree ("I have" → "Dana has",
 * "I lead" → "Dana leads"); modals and past tenses stay as they are.
 */

const SAME =
  /^(?:was|will|would|can|could|should|must|might|may|had|did|[a-z]+ed|also|still|never|already|just|only|personally|then|now|recently|really|always|often)\b/i;
/** Irregular past tenses: they stay as they are too ("I ran" → "Dana ran", not "Dana rans"). */
const IRREGULAR_PAST =
  /^(?:ran|met|went|got|took|made|came|saw|knew|thought|told|gave|found|left|built|bought|brought|led|sent|spent|heard|wrote|began|became|kept|held|said|sat|stood|spoke|chose|drove|flew|grew|felt|paid|put|set|read|lost|won|understood|taught|caught|sold|meant|ate|forgot)$/i;
const IRREGULAR: Record<string, string> = { am: "is", have: "has", do: "does", go: "goes", "'m": " is", "'ve": " has", "'ll": " will", "'d": " would" };
/** Present-tense verbs that a first-person statement about oneself opens with. */
const NOT_A_VERB = /^(?:the|a|an|and|but|or|so|if|when|because|that|this|you|we|they|he|she|it|me|my|to|of|in|on|at|for|with|from|as|not)\b/i;

function agree(verb: string): string | null {
  const lower = verb.toLowerCase();
  if (lower in IRREGULAR) return IRREGULAR[lower]!;
  if (SAME.test(lower) || IRREGULAR_PAST.test(lower)) return verb;
  if (NOT_A_VERB.test(lower) || !/^[a-z]+$/.test(lower)) return null;
  if (/(?:s|sh|ch|x|z|o)$/.test(lower)) return `${verb}es`;
  if (/[^aeiou]y$/.test(lower)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** The text with its opening "I <verb>" told about `speaker` (a full name; its first name is used). */
export function nameTheSpeaker(text: string, speaker: string | null): string {
  if (!speaker) return text;
  const first = speaker.trim().split(/\s+/)[0];
  if (!first || !/^[A-Z][a-z]/.test(first)) return text;
  const m = /^I(?:('m|'ve|'ll|'d)|\s+([A-Za-z]+))\b/.exec(text);
  if (!m) return text;
  // A later "I" or "my" would leave the line in two persons ("Dana has it on my list").
  if (/\b(?:I|my|me|mine|myself)\b/.test(text.slice(m[0].length))) return text;
  const verb = m[1] ?? m[2]!;
  const agreed = agree(verb);
  if (agreed === null) return text;
  if (m[1]) return `${first}${agreed}${text.slice(m[0].length)}`;
  return `${first} ${agreed}${text.slice(m[0].length)}`;
}
