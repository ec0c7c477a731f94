import nlp from "compromise";

/**
 * Word-level look-ups in compromise's built-in lexicon (first names, verbs, organizations, …).
 * A dictionary look-up is instant, where tagging a whole transcript with compromise takes about
 * a second; the engine tags only the few sentences it keeps.
 */
type Lexicon = Record<string, string | string[] | undefined>;

let cached: Lexicon | null = null;

function lexicon(): Lexicon {
  if (cached) return cached;
  try {
    const world = (nlp as unknown as { world(): { model?: { one?: { lexicon?: Lexicon } } } }).world();
    cached = world.model?.one?.lexicon ?? {};
  } catch {
    cached = {};
  }
  return cached;
}

/** The lexicon's tag for a lowercased word, or undefined when it does not know the word. */
export function lexiconTag(word: string): string | undefined {
  const tag = lexicon()[word.toLowerCase()];
  return Array.isArray(tag) ? tag[0] : tag;
}

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "Person", "LastName", "Honorific"]);

/** True when the lexicon knows the word as a person's first name. */
export function isKnownFirstName(word: string): boolean {
  const tag = lexiconTag(word);
  return tag === "FirstName" || tag === "MaleName" || tag === "FemaleName";
}

/** True when the lexicon knows the word as anything but a name (a verb, an adverb, a month …). */
export function isKnownNonName(word: string): boolean {
  const tag = lexiconTag(word);
  return tag !== undefined && !NAME_TAGS.has(tag);
}

/** True when the lexicon tags the word as an organization (Microsoft, Google, …). */
export function isKnownOrganization(word: string): boolean {
  return lexiconTag(word) === "Organization";
}
