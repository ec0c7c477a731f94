import { tidyPunctuation } from "./clean-filler.ts";
import { capitalize } from "./content-words.ts";

/** `[pattern, replacement]`, applied in order. Each removes talk that carries no information. */
const RULES: ReadonlyArray<[RegExp, string]> = [
  // Framing clauses: "What I'd say is", "The thing is", "My point is", "To your point", …
  [/^(?:so\s+)?(?:what I(?:'d| would) (?:say|push back and say) is|the thing is|my (?:key )?point (?:is|there is)|to your point|at the end of the day|in my mind|from my perspective|from my point of view|if you think about it|as you know|as I said|like I said|I'm telling you|I can tell you|I'll tell you|I'd tell you|the reality is|the truth is|the point is|the question is|the idea is|here's the thing|long story short|for example|by the way|on the other hand|in general|to be clear|let's be clear that|let's be honest|I know that|we know that|you know that|I would say that|I'd say that|I feel that|I think that|I believe that)\s*,?\s*/i, ""],
  [/,\s*(?:right|you know|I guess|I think|if that makes sense|and stuff|or whatever|and so on|and so forth|things like that|and all of that|and all that|for example|by the way|so to speak|in a way|in general|at this point|at the moment|as well)\s*(?=[,.;!?]|$)/gi, ""],
  [/,\s*(?:yeah|okay|ok|oh|um|uh|so|right|well|again|anyway|I mean|you see)\s*,/gi, ","],
  // Weak adverbs and intensifiers.
  [/\b(?:just|really|very|pretty much|pretty|super|quite|ultimately|certainly|simply|somewhat|fairly|truly|totally|completely|absolutely|exactly|necessarily|generally|typically|essentially|kind of|sort of|a little bit|a bit|at least|by the way|of course|in fact|again)\s+/gi, ""],
  // "like" as a pause before an object: "pull up like one of the decks".
  [/(?<!\b(?:look|looks|looked|feel|feels|felt|seem|seems|sound|sounds|something|would|I'd|we'd|you'd|more|just|much|anything|nothing|exactly)\s)\blike\s+(?=(?:a|an|the|one|two|three|some|this|that|these|those|our|your|their|my|\d))/gi, ""],
  [/\b(?:for sure|in a second|in a sec|real quick|right away now|as an example|for instance)\b,?\s*/gi, ""],
  // "going to" futures say the same with fewer words.
  [/\b(?:I'm|I am) (?:going to|gonna)\b/gi, "I'll"],
  [/\b(?:we're|we are) (?:going to|gonna)\b/gi, "we'll"],
  [/\b(?:they're|they are) (?:going to|gonna)\b/gi, "they'll"],
  [/\b(?:you're|you are) (?:going to|gonna)\b/gi, "you'll"],
  [/\b(?:it's|it is) (?:going to|gonna)\b/gi, "it'll"],
  [/\b(?:is|are|was|were) (?:going to|gonna)\b/gi, "will"],
  [/\bgonna\b/gi, "will"],
  [/\bwanna\b/gi, "want to"],
  [/\b(?:a lot of|lots of|a ton of|tons of|a bunch of|a whole bunch of|plenty of)\b/gi, "many"],
  [/\bin order to\b/gi, "to"],
  [/\bat this point in time\b|\bright now\b/gi, "now"],
  [/\b(?:and|but|so)\s+(?:yeah|okay|ok|so)\b,?/gi, "and"],
];

/**
 * Make a spoken sentence read like a note: framing ("what I'd say is"), tag-ons (", right"),
 * intensifiers and "going to" futures go; the facts, names and numbers stay.
 */
export function compressSentence(text: string): string {
  let t = text;
  for (const [re, rep] of RULES) t = t.replace(re, rep);
  t = tidyPunctuation(t).replace(/^(?:and|but|so|or|because|then)\s+/i, "");
  return capitalize(t);
}

/**
 * A piece of a sentence the recognizer cut off: it opens with a word that continues something
 * ("of the logging …", "which is …") or has no verb-like word at all.
 */
export function looksLikeFragment(text: string): boolean {
  if (/^(?:of|to|for|with|in|on|at|by|from|into|which|who|whom|whose|than|as|or|nor|and|but|because|like|about|around|between|versus|vs)\b/i.test(text)) return true;
  if (/^(?:it|that|this) (?:to|of|for)\b/i.test(text)) return true;
  return !/\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|must|may|might|[a-z]+(?:ed|s)|'s|'re|'ll|'ve|'d)\b/i.test(text);
}

/** Contractions written out: notes are written prose, and "we're" is two function words, not one. */
const CONTRACTIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bcan't\b/gi, "cannot"],
  [/\bwon't\b/gi, "will not"],
  [/\b(I|you|we|they|he|she|it|that|there|what|who)'ll\b/gi, "$1 will"],
  [/\b(I|you|we|they)'ve\b/gi, "$1 have"],
  [/\b(I|you|we|they|he|she|it|that|there)'d\b/gi, "$1 would"],
  [/\b(you|we|they)'re\b/gi, "$1 are"],
  [/\bI'm\b/g, "I am"],
  [/\b(it|that|there|here|he|she|what|who|where|how|this)'s\b/gi, "$1 is"],
  [/\blet's\b/gi, "let us"],
  [/\b(do|does|did|is|are|was|were|has|have|had|would|should|could|must|need)n't\b/gi, "$1 not"],
];

/** Talk that a written note leaves out: framing verbs, vague nouns and hedges (not names, numbers or verbs of the action). */
const NOTE_FILLER: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:I|we|you) (?:think|guess|believe|feel|mean|know|suppose)(?: that)?\b,?\s*/gi, ""],
  [/\byou know\b,?\s*/gi, ""],
  [/\b(?:am|is|are|was|were) going to\b/gi, "will"],
  [/\b(?:kind|sort) of\b\s*/gi, ""],
  [/\b(?:a lot|a little bit|a little|a bit)\b\s*/gi, ""],
  [/\b(?:or|and) (?:something|stuff|things|whatever)(?: like that)?\b/gi, ""],
  [/\b(?:yeah|yep|okay|ok|oh|um|uh|hmm|anyway|anyways|really|actually|basically|literally|obviously|honestly|just|pretty|stuff|whatever)\b,?\s*/gi, ""],
  [/(?<!\b(?:the|a|that|is|was|be|all|it|I|we|you|they|would|'d|to|did|not|looks?|sounds?|feels?|seems?)\s)\blike\b,?\s*/gi, ""],
  [/(?<!\b(?:the|a|that|is|was|be|all|it|do|did|get|got|exactly)\s)\bright\b,?\s*(?=$|[,.;!?]|\s(?:so|and|but|now|I|we|you)\b)/gi, ""],
  [/(^|[,.;!?]\s*)well,?\s+/gi, "$1"],
  [/\byou guys\b/gi, "you"],
];

/**
 * Telegraphic note style for an extracted line: contractions written out, framing ("I think"),
 * hedges and discourse words ("yeah", "like", "just") dropped, repeated words collapsed.
 * What remains is the line's names, numbers and verbs; a line that would lose too much stays as is.
 */
export function condense(text: string): string {
  let t = ` ${text} `;
  for (const [re, rep] of CONTRACTIONS) t = t.replace(re, rep);
  for (const [re, rep] of NOTE_FILLER) t = t.replace(re, rep);
  t = t.replace(/\b((?:[A-Za-z0-9]+\s+){0,2}[A-Za-z0-9]+)(?:[\s,]+\1\b)+/gi, "$1");
  t = tidyPunctuation(t).replace(/^(?:and|but|so|or|because|then)\s+/i, "");
  if (t.split(/\s+/).length < 3) return text;
  return capitalize(t);
}
