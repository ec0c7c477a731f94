/**
 * Removes what speech-to-text leaves in a transcript that no note should repeat: sound
 * annotations, silence markers, hesitations, verbal fillers, hedges and stutters.
 * Works on a whole turn or a single sentence; the result is plain text with tidy spacing.
 */

const SOUND_ANNOTATION = /\((?:[a-z][a-z ,'’-]{0,48})\)|\[(?:[A-Za-z][A-Za-z _-]{0,30})\](?!\()|♪+|\*[a-z ]{1,30}\*/g;
const SILENCE =
  /(?:\b|(?<=[a-z]))[Ss]ilence (?:from|for)\b[^.!?]{0,50}\b(?:seconds?|minutes?|\d{1,2}:\d{2}(?::\d{2})?)(?=\W|$)\.?|\bsilence for the rest of the (?:video|recording)\b\.?|\b(?:thanks|thank you) for watching\b[.!]?|\bpause for group work\b|\bsub(?:titles)? by [a-z0-9 .]{0,20}?(?=\s+(?:you|[A-Z])|[.!?]|$)|\bplease subscribe\b[^.!?]*[.!?]?|\bfor more [\w ]{0,24}?visit:?\s*\S+|(?:\b|(?<=[a-z]))inaudible\s*(?:\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?/gi;
/** Recognizer tokens, often glued to the neighbouring word ("YouBLANK", "Okay.PAUSE"). */
const MARKERS = /\s*>>\s*|PAUSE|BLANK_?AUDIO|BLANK|AUDIO|NO SPEECH|INAUDIBLE|\bMUSIC\b|\bSILENCE\b|\[?\b(?:SOUND|NOISE|APPLAUSE|LAUGHTER)\b\]?/g;
const HESITATION = /,?(^|[\s.;!?"“(])(?:u+m+|u+h+|u+h-huh|e+r+m*|a+h+|hm+|mm+-?hm+|mhm|mm+)(?=[\s,.;!?"”)]|$),?/gi;
const REPEATED_WORD = /\b([A-Za-z]+(?:['’][a-z]+)?)(?:(?:,\s*|\s+|…\s*|\.\.\.\s*)\1\b)+/gi;
const REPEATED_YOU = /\b(?:(?:you|thank you)[.,]?\s+)+(?:you|thank you)\b[.,]?(?!\s*(?:'|know|can|will|are|have|guys|need|should|want|for)\b)/gi;

/** `[phrase, replacement]` pairs applied in order; each phrase is a filler in the position it matches. */
const FILLERS: ReadonlyArray<[RegExp, string]> = [
  // "you know" except when it introduces an object: "you know what we need", "you know how"
  [/,?\s*\byou know\b(?!\s+(?:what|how|who|where|why|when|whether|if|that|about|him|her|them|the answer)\b)[,.?]?/gi, ""],
  [/(?<!\bwhat\s)\bI mean\b(?!\s+(?:it|that|what)\b),?\s*/gi, ""],
  [/(^|[,.;!?]\s*|\b(?:and|but|so|because)\s+)(?:I think|I guess|I believe|I suppose|I feel like|it feels like|it seems like|I would say|I'd say)\b,?\s+(?:that\s+)?(?=\S)/gi, "$1"],
  [/\b(?:I think|I guess|I believe|I suppose)\s*[.?!]?$/gi, ""],
  [/(^|[^\w\s]\s*|\b(?:and|but|so|or|just|it's|it is|was|is|are|we're|they're)\s+)like,\s*/gi, "$1"],
  [/(^|[,.;!?]\s*)like\s+(?=\w)/gi, "$1"],
  [/,\s*like,/gi, ","],
  [/\b(and|but|so)\s+like\s+/gi, "$1 "],
  [/(?<!\b(?:the|a|what|this|that|any|some|which|one|same|that's)\s)\b(?:kind|sort) of\s+/gi, ""],
  [/\b(?:basically|actually|literally|honestly|obviously|essentially|definitely|certainly|totally|truly|frankly|you see|to be honest|quite frankly)\b,?\s*/gi, ""],
  [/\breally\s+(?=\w)/gi, ""],
  [/,\s*(?:right|okay|ok|yeah|you know|correct|no|huh)\s*\?/gi, "."],
  [/(^|[.!?]\s+)(?:right|okay|ok|yeah)\?\s*/gi, "$1"],
  [/\bor whatever\b|\band stuff(?: like that)?\b|\band so on(?: and so forth)?\b|\bor something(?: like that)?\b|\band all that\b/gi, ""],
];

/** Remove what the recognizer adds that nobody said: sound annotations, silence and pause markers, hallucinated runs. */
export function removeDebris(text: string): string {
  const t = text
    .replace(/\r/g, " ")
    .replace(SOUND_ANNOTATION, " ")
    .replace(SILENCE, " ")
    .replace(MARKERS, " ")
    .replace(REPEATED_YOU, " ")
    .replace(/…/g, "... ")
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'");
  return tidyPunctuation(t);
}

/** Clean one turn or sentence of transcript text: debris, hesitations, fillers, hedges, stutters. */
export function cleanFiller(text: string): string {
  let t = removeDebris(text);
  t = t.replace(/\bi(?=\s|'(?:m|ll|ve|d)\b)/g, "I");
  t = t.replace(HESITATION, "$1");
  for (const [re, rep] of FILLERS) t = t.replace(re, rep);
  t = t.replace(REPEATED_WORD, "$1");
  return tidyPunctuation(t);
}

/** Collapse the spacing and punctuation debris that removals leave behind. */
export function tidyPunctuation(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/([,;:])(?:\s*[,;:])+/g, "$1")
    .replace(/([.!?])\s*[,;:]+/g, "$1")
    .replace(/,\s*([.!?])/g, "$1")
    .replace(/(^|[.!?]\s+)[,;:]\s*/g, "$1")
    .replace(/^[\s,;:.\-–—]+/, "")
    .replace(/\.{2,}/g, ".")
    .trim();
}

const LEAD_IN =
  /^(?:(?:so|and|but|or|yeah|yes|yep|okay|ok|alright|all right|well|oh|right|now|look|listen|cool|great|perfect|sure|anyway|anyways|also|then|because|cause|'cause|no|hey|hi|hello|wow|good|interesting|got it|exactly|absolutely|thank you|thanks|i see|you see|again|plus|plus,)\b[,.!]?\s+)+/i;

/** Strip discourse markers that open a spoken sentence ("So, yeah, and then …") and re-capitalize. */
export function trimLeadIn(sentence: string): string {
  let s = sentence.trim().replace(/^[-–—"']+\s*/, "");
  for (let i = 0; i < 4; i++) {
    const next = s.replace(LEAD_IN, "");
    if (next === s) break;
    s = next;
  }
  s = s.replace(/[,;:\s]+$/, "").replace(/\s*,\s*(?:right|okay|yeah|you know)\s*\??$/i, "");
  return s.charAt(0).toUpperCase() + s.slice(1);
}
