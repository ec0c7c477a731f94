import { tidyPunctuation } from "./clean-filler.ts";
import { compressSentence } from "./compress-sentence.ts";
import { capitalize, informativeWords } from "./content-words.ts";

/** Where a spoken sentence breaks into clauses: punctuation, and conjunctions that start a new thought. */
const CLAUSE_BREAK = /\s*[,;:.]["”]?\s+|\s+(?=(?:but|so|because|whereas|although|though|which means)\s)/gi;

/** A clause giving what is already settled as the reason for what follows: "since we're going with X, …". */
const SETTLED_REASON = /^(?:since|now that|given that)\s+/i;

/** A clause that qualifies or explains what came before it. */
const AFTERTHOUGHT = /^(?:but|because|although|though|whereas)\b/i;

/** A clause that only frames or continues: it cannot stand alone as the decision. */
const DEPENDENT = /^(?:which|that|who|so|and|but|because|then|it|this|that|they|them)\b/i;

/** Openers that carry no content: discourse markers, vocatives-in-waiting, framing. */
const LEAD =
  /^(?:(?:I think|I guess|I mean|I feel like|I'd say|you know|and|so|but|okay|ok|yeah|yes|right|now|well|wait|look|listen|actually|basically|again|also|then|alright|all right|anyway|you say|like I said|as I said|to be clear|for me|for us|at this point|first of all|first off|in the meantime)\b\s*,?\s*)+/i;

/** How a decision is reported, dropped so that what was decided leads. */
const FRAME =
  /^(?:we(?:'ve| have)? (?:all )?(?:agreed|decided|aligned|settled)(?: (?:that|to|on))?:?\s+|it's (?:agreed|decided)(?: that)?\s+|the decision (?:is|was)(?: that| to)?\s+|(?:the|our) plan is(?: that| to)?\s+|the (?:approach|strategy|goal) (?:is|should be)(?: that| to)?\s+|(?:what )?we (?:need|have|want) to do (?:now )?is\s+|let's\s+|let us\s+|(?:I think )?we should\s+|we (?:have|need) to\s+|we(?:'ll| will)\s+(?=(?:go with|stick with|keep|use|focus|prioriti[sz]e|defer|hold off|lead with|start with|target|pursue|proceed)\b)|we(?:'re| are) going to\s+(?=(?:go with|stick with|keep|use|focus|prioriti[sz]e|defer|hold off|lead with|start with|target|pursue|proceed)\b)|I (?:suggest|propose|recommend)(?: that)?(?: we)?\s+|I'd (?:suggest|recommend)(?: that)?(?: we)?\s+|(?:can|could|should|shall) we\s+|(?:are you|is it|would it be|would you be) (?:okay|ok|fine|open) (?:if|with|to)(?: (?:I|we|us))?\s+|(?:do|would) you want (?:me |us )?to\s+|why don't we\s+|how about (?:we\s+)?|find (?:a|some|the) time (?:for (?:us|you|me|them|the \w+) )?to\s+(?=(?:have|hold|do|run|meet)\b))/i;

/** A spoken restart of subject and verb: "we have as a company we have decided" → "we have decided". */
const RESTART = /\b((?:we|they|I|you|he|she)(?:'(?:ve|ll|re|d|m)| (?:have|has|will|are|were|need|want|should|can|would|must)))[\s,]+(?:[\w'-]+[\s,]+){0,4}?\1\b/gi;

/** A name said to get someone's attention: "James, can we …". */
const VOCATIVE = /^(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+(?=[a-z]|I\b)/;

const MAX_WORDS = 18;
/** A sentence only this much longer than MAX_WORDS is kept whole. */
const SLACK = 4;

/**
 * Turn a spoken decision into a note line: keep the clause that carries the decision (`at` is where
 * its cue starts), drop openers ("So, okay,"), the reporting frame ("we agreed that", "let's",
 * "we have to") and tag questions, and cut it to a readable length.
 * "Getting the ball rolling, we have to have a dual track, right?" → "Have a dual track".
 */
export function rewriteDecision(text: string, at = 0): string {
  let t = focusClause(text, at).replace(/\b(he|she|it|that)(?:'s| is) (?:gonna|going to)\b/gi, "$1 will");
  t = compressSentence(t).replace(RESTART, "$1");
  for (let i = 0; i < 3; i++) t = t.replace(LEAD, "").replace(VOCATIVE, "").replace(FRAME, "");
  t = t.replace(/,?\s*(?:right|okay|yeah|correct|yes|no|as well|too)\s*[?.!]?\s*$/i, "").replace(/[?]\s*$/, "");
  t = tidyPunctuation(t).replace(/[.,;:]+$/, "");
  t = shorten(t);
  return capitalize(t.trim());
}

/**
 * At most MAX_WORDS words (a few more rather than cut off the last words of the sentence), ending at a
 * clause boundary in its second half when there is one, and never on a dangling function word.
 */
function shorten(text: string): string {
  const words = text.split(/\s+/);
  let t = text;
  if (words.length > MAX_WORDS + SLACK) {
    const cut = words.slice(0, MAX_WORDS).join(" ");
    const stop = Math.max(cut.lastIndexOf(","), cut.lastIndexOf(";"), cut.lastIndexOf("."));
    const conj = [...cut.matchAll(/\s(?:and then|and|but|so|which|because)\s/gi)].pop()?.index ?? -1;
    t = stop > cut.length / 2 ? cut.slice(0, stop) : conj > cut.length / 2 ? cut.slice(0, conj) : cut;
  }
  let prev = "";
  while (prev !== t) {
    prev = t;
    t = t.replace(/[\s,;:]+(?:and|or|but|so|then|to|the|a|an|of|with|for|in|on|into|that|which|we|it|is|are|will)$/i, "");
  }
  return t;
}

/**
 * The sentence from the clause around position `at` to its end, or to a "but"/"because" clause
 * that argues with or explains it: the clauses before it frame or lead up to the decision. Widened backwards while it is too thin to stand alone (fewer than two
 * informative words, or it opens with "which"/"and").
 */
export function focusClause(text: string, at: number): string {
  const bounds: [number, number][] = [];
  /** Clauses that follow a full stop: a run-on's next sentence, not part of the decision. */
  const stops = new Set<number>();
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    bounds.push([start, m.index]);
    if (m[0].trim().startsWith(".")) stops.add(bounds.length);
    start = m.index + m[0].length;
  }
  bounds.push([start, text.length]);
  let k = bounds.findIndex(([s, e]) => at >= s && at < e);
  if (k < 0) k = bounds.length - 1;
  let lo = k;
  // A "but …" or "because …" after the decision argues with it or explains it: not part of it.
  let hi = bounds.length - 1;
  const stop = [...stops].find((i) => i > k);
  if (stop !== undefined) hi = stop - 1;
  if (at > 0) {
    const j = bounds.findIndex(([s], i) => i > k && AFTERTHOUGHT.test(text.slice(s)));
    if (j > 0) hi = j - 1;
  }
  // "Since we're going with X, we have to …": the choice is the reason given, the rest what follows from it.
  const reason = SETTLED_REASON.exec(text.slice(bounds[k]![0], bounds[k]![1]));
  if (reason && at > 0 && informativeWords(text.slice(at, bounds[k]![1])).length >= 3) return text.slice(bounds[k]![0] + reason[0].length, bounds[k]![1]);
  const piece = () => text.slice(bounds[lo]![0], bounds[hi]![1]);
  for (let guard = 0; guard < 4; guard++) {
    const p = piece();
    const thin = informativeWords(p).length < 2;
    if (((DEPENDENT.test(p) && !/^(?:so|but)\b/i.test(p)) || thin) && lo > 0) lo--;
    else break;
  }
  return piece();
}
