import { tidyPunctuation } from "./clean-filler.ts";
import { STOPWORDS, capitalize, tokenize } from "./content-words.ts";

/**
 * A spoken statement cut to what it states: framing that only announces talk ("it seems that",
 * "if you look at", "what they want is"), asides ("I apologize", "if you will", "as I mentioned"),
 * comma-separated pieces with no content word at all ("of course", "it is"), and words left
 * dangling at the end by a cut-off recording ("… access to"). Names, numbers and verbs stay.
 */

/** Openers that announce a statement rather than make it. Applied repeatedly at the start. */
const FRAMING =
  /^(?:(?:so|and|but|now|also|plus|then)\s+)?(?:it seems (?:like|that)?|it looks like|it sounds like|it turns out(?: that)?|I would say(?: that)?|I am saying(?: that)?|I said(?: that)?|I know(?: that)?|I understand(?: that)?|I remember(?: that)?|I heard(?: that)?|I noticed(?: that)?|I assume(?: that)?|I believe(?: that)?|I think(?: that)?|I feel like|I do not know if|I am not sure if|I am sure(?: that)?|you know(?: that| what)?|you can see(?: that)?|you have to understand(?: that)?|you could say(?: that)?|what (?:happens|happened) is(?: that)?|what (?:I|we|you|they|he|she) (?:see|saw|heard|hear|found|mean|meant|want|wanted|need|needed|demand|demanded|asked for|said|say|did|do|have|are seeing|are doing|learned) (?:is|was)(?: that)?|the (?:thing|point|truth|reality|fact|way I see it) is(?: that)?|(?:if|when) you (?:look at|think about|think of|consider) (?:it|this|that)|let us be (?:clear|honest|frank)(?: that)?|if you put (?:that|this) aside|to be (?:honest|fair|clear)|in my (?:opinion|view|mind)|as (?:I|you|we|he|she) (?:said|mentioned|know)|like I said|let us say|for example|for instance|by the way|at the end of the day|long story short|in other words|on that note|in any case)\s*,?\s+/i;

/** A name the speaker addresses before a discourse marker: "Dana, so the launch moved" → "the launch moved". */
const VOCATIVE = /^[A-Z][a-z]+,\s+(?:so|and|but|yeah|yes|okay|well|now|look|listen|basically|honestly)\b\s*,?\s*/;
/** Openers that present what follows ("here are the numbers, …", "going back to X, …"). */
const PRESENTING = /^(?:here (?:is|are) the (?:numbers?|thing|deal|point|situation|story)|going back to [^,.;]{1,60}|coming back to [^,.;]{1,60}|speaking of [^,.;]{1,40})\s*,\s*/i;

/** A discourse adverb opening the statement ("Ultimately, …", "Fundamentally, …"): it frames, it does not
 * state. Adverbs that qualify the claim ("Theoretically", "Apparently") or say when it holds stay. */
const DISCOURSE_ADVERB =
  /^(?:ultimately|fundamentally|basically|essentially|honestly|frankly|obviously|clearly|interestingly|personally|literally|seriously|naturally|admittedly|importantly|additionally|similarly|anyway|overall),\s+/i;

/** An existential opener: "there are 4 phases in a release" → "4 phases in a release" (a note line names what exists). */
const EXISTENTIAL = /^(?:(?:so|and|but|now|also|plus|then)\s+)?there (?:is|are|was|were)\s+(?:(?:a|an|some)\s+)?(?=[\w~$])/i;

/** Asides inside a sentence, removed with their commas. */
const ASIDE =
  /\b(?:I apologize|excuse me|sorry|correct me if I am wrong|if I remember correctly|if I am not mistaken|if I recall|to be fair|in my opinion|if you will|in quotes|so to speak|if that makes sense|(?:as|like) (?:I|you|we) (?:said|mentioned)|that (?:I|you|we) mentioned|you mentioned|I mentioned|I would say|I think|I guess|I believe|I mean|you know|you see|to be honest|let us say|if you like|more or less|in a sense|in a way|for what it is worth)\b/.source;
/** An aside between commas drops with both; elsewhere with the comma before it. */
const ENCLOSED_ASIDE = new RegExp(`,\\s*${ASIDE}\\s*,\\s*`, "gi");
const OPEN_ASIDE = new RegExp(`,?\\s*${ASIDE}\\s*(?=[,.;:!?]|$|\\s)`, "gi");

/** Words a cut-off sentence can end on that leave it hanging. */
const DANGLING =
  /(?:[,;:]?\s+\b(?:a|an|the|to|of|for|with|from|in|on|at|by|into|and|or|but|so|that|which|who|because|if|when|than|as|about|is|are|was|were|be|we|you|they|I|he|she|it|our|your|their|my|this|these|those|there|will|would|can|could|should|have|has|had|do|does|did|not|just|very|more|some|any|all|also|then|what|how|where|why|like|is going|going|gonna|let|us|next|called|named|versus|vs|including|between|within|without|through|toward|towards|around|across|against|via|per|whereas|except)\b)+\s*[.!?]?$/i;

/** A full stop the recognizer put inside a phrase ("the red-headed step. child", "aiming to. for 96%"): a
 * word, a stop, and the phrase going on in lower case. Abbreviations (e.g., etc., vs.) keep theirs. */
const BROKEN_STOP = /(?<=\b(?!(?:etc|vs|approx|incl|al|cf)\b)[a-z]{2,})\.\s+(?=[a-z])/g;

/** True when a piece of text has no content word: nothing a reader would miss. */
function saysNothing(piece: string): boolean {
  return !tokenize(piece).some((w) => !STOPWORDS.has(w) && w.length > 1);
}

/** The statement without framing, asides, empty comma pieces and a dangling end (see the module comment). */
export function tersenStatement(text: string): string {
  let t = text.trim();
  for (let i = 0; i < 3; i++) {
    const next = t.replace(VOCATIVE, "").replace(PRESENTING, "").replace(FRAMING, "").replace(EXISTENTIAL, "").replace(DISCOURSE_ADVERB, "");
    if (next === t) break;
    t = next;
  }
  t = t.replace(ENCLOSED_ASIDE, " ").replace(OPEN_ASIDE, "");
  const pieces = t.split(/(?<=,)\s+/);
  const kept = pieces.filter((p, i) => !(saysNothing(p) && pieces.length > 1 && (i > 0 || tokenize(p).length <= 4)));
  t = kept.join(" ");
  for (let i = 0; i < 3; i++) {
    const next = t.replace(DANGLING, "");
    if (next === t || next.split(/\s+/).length < 3) break;
    t = next;
  }
  t = tidyPunctuation(t.replace(BROKEN_STOP, " ")).replace(/[,;:]+$/, "");
  if (t.split(/\s+/).length < 3) return text;
  return capitalize(t);
}
