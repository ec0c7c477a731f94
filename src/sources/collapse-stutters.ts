/**
 * Words said twice on purpose ("that that", "had had", "bye bye"): a pair of them is kept; three or
 * more in a row are still a stutter.
 */
const DOUBLES = new Set("that had is bye so very really no ha ho la na knock".split(" "));

/** A word, optionally cut off (`th-`), repeated right after itself: `I I I`, `the the`, `we- we`. */
const ASCII_REPEAT = /\b([a-z]+)-?\s+\1\b/i;
const NON_ASCII = /[^\x00-\x7f]/;
const REPEAT = /\b(\p{L}+(?:['’]\p{L}+)?)(?:-?\s+\1\b){1,}/giu;

/**
 * `I I I think` → `I think`, `the the plan` → `the plan`, `we- we should` → `we should`: a word
 * repeated back to back (case-insensitive) is kept once, the first time. Pairs of words that are
 * doubled in ordinary speech (`that that`, `had had`) stay unless repeated three or more times.
 */
export function collapseStutters(text: string): string {
  // Cheap ASCII pre-check first: most segments have no repeat at all.
  if (!ASCII_REPEAT.test(text) && !NON_ASCII.test(text)) return text;
  return text.replace(REPEAT, (run, word: string) => {
    const count = run.split(/-?\s+/).length;
    if (count === 2 && DOUBLES.has(word.toLowerCase())) return run;
    return word;
  });
}
