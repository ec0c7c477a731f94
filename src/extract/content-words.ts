/**
 * Word-level helpers shared by the rule engine: tokenizing, stopwords, crude stemming and the
 * content-word bag that similarity, centrality and keyword scoring work on.
 */

/** Function words and conversational words that carry no topic of their own. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor of to in on at for with by from as is are was were be been being am it its it's this that
  these those there there's here i i'm i've i'd i'll we we're we've we'd we'll you you're you've you'd you'll he he's she
  she's they they're they've they'd they'll them our ours your yours their theirs my mine me us him her his hers will would
  should could can may might must shall do does did done doing have has had having not no yes if then than so such via per
  into onto about after before over under up down out off again more most some any all each both few other own same too
  very just also only now next new get gets got getting make makes made making use used using need needs needed what
  which who whom whose when where why how because while until though although whether either neither yet still even ever
  really actually basically literally obviously honestly probably maybe perhaps kind sort like likely thing things stuff
  something anything everything nothing someone anyone everyone somebody anybody everybody lot lots bit way ways okay ok
  yeah yep yup oh uh um hmm mm right well know knows knew think thinks thought mean means meant guess say says said saying
  go goes going gone went come comes coming came want wants wanted gonna wanna gotta let let's see seen look looking
  looks tell told talk talking thank thanks please sure good great cool fine pretty much many one two don't doesn't didn't
  isn't aren't wasn't weren't won't wouldn't can't couldn't shouldn't haven't hasn't hadn't that's what's it'll who's
  how's where's whatever another around back through across already always never often sometimes today anyway anyways
  etc yes hey hi hello bye`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Plain English function words only (no conversational verbs): what is left after removing them
 * is what a reader scans for, so this is the measure of how informative an item's text is.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but of to in on at for with by from as is are was were be been being it its this that these those i
  we you he she they them our your their my me us will would should could can may might must shall do does did done have
  has had not no yes if then than so such via per into onto about after before over under up down out off again more
  most some any all each both few other own same too very just also only now next new get got make made use used using
  need needs needed i'm i'll we'll you'll it's that's there's we're they're he's she's what's don't won't can't
  yeah okay ok um uh like really actually basically right well oh`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words of `text` that are not function words or fillers (not stemmed). */
export function informativeWords(text: string): string[] {
  return tokenize(text).filter((w) => !FUNCTION_WORDS.has(w) && w.length > 1);
}

const WORD = /[A-Za-z0-9][A-Za-z0-9'’.\-]*/g;

/** Lowercased word tokens with trailing punctuation trimmed (keeps `3.9`, `lsv-4`, `it's`). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(/’/g, "'").replace(/^[.'\-]+|[.'\-]+$/g, "");
    if (w) out.push(w);
  }
  return out;
}

/** Crude suffix stripping, enough to make `meetings`/`meeting` and `shipped`/`ship` meet. */
export function stem(word: string): string {
  let w = word.replace(/'s$/, "");
  for (const suffix of ["ing", "ed", "es", "s"]) {
    if (w.length > 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** Stemmed tokens that are not stopwords: the bag of words similarity is computed on. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of tokenize(text)) {
    if (STOPWORDS.has(w) || w.length < 2) continue;
    out.push(stem(w));
  }
  return out;
}

/** Sørensen–Dice overlap of two bags of content words, in [0, 1]. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** Number of whitespace-separated words. */
export function wordCount(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}

/** First letter upper-cased. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
