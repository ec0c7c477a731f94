/**
 * How much a rewritten task reads like a line worth keeping, as a ranking adjustment: names,
 * products and numbers make it concrete (up to +1.2); a verb followed straight by a comma or a
 * quotation, or straight by "but"/"because", is a broken-off spoken fragment (−2); a leftover subject pronoun ("… that we need",
 * "… I'm interested") means a second clause ran on into the task (−1); a verb with no object
 * worth a task ("Find a time", "Work together a bit") is chatter (−1.5); a verb that needs an object
 * followed straight by a place ("Build in the middle of nowhere") lost its object (−2).
 */
export function taskTextQuality(text: string): number {
  const specific = (text.slice(1).match(/\b(?:[A-Z][\w-]*[A-Z0-9][\w-]*|[A-Z][a-z]+|\d[\w.-]*)\b/g) ?? []).length;
  let q = 0.4 * Math.min(3, specific);
  if (/^\S+,/.test(text) || /["“”]/.test(text)) q -= 2;
  // "Find out but if they're …", "Connect because …": the verb's object was never said.
  if (/^\S+(?:\s+(?:out|up|in|on|back|it|that|this))?\s+(?:but|because|'cause|cause)\b/i.test(text)) q -= 2;
  // "Build in the middle of nowhere": a verb that needs an object, followed straight by a place.
  if (NO_OBJECT.test(text)) q -= 2;
  if (/\b(?:I|I'm|I've|we're|you're|they're|it's|that's|we|they|he|she)\b/.test(text.slice(1))) q -= 1;
  // "Find a time", "Work together a bit", "Share the equivalent part": no object worth a task.
  if (EMPTY_OBJECT.test(text)) q -= 1.5;
  // "Put together a case around it", "Find the exact word he said": what the task is about was said before, not here.
  if (UNNAMED_END.test(text)) q -= 2;
  return q;
}

const EMPTY_OBJECT =
  /^\S+(?:\s+(?:out|up|together|on))?(?:\s+(?:a|an|the|some|more|any|that|this|one|equivalent|other|same|little|whole))*(?:\s+(?:time|slot|something|anything|stuff|things?|bit|part|piece|one|it|that|this|more|together))?(?:\s+(?:together|face-to-face|for us|for that|a bit|on the calendar|on it|again))*$/i;

/** A task that ends on a pronoun, or on who said it, names nothing a reader could act on. */
const UNNAMED_END = /\s(?:it|them|this|that|him|her|(?:he|she|they|you|we) (?:said|mentioned|meant))\s*[.!]?$/i;

const NO_OBJECT = /^(?:build|create|deliver|prepare|compile|develop|write|draft|design|send|provide|produce)\s+(?:in|at|into|from|of|by|with)\s+(?:the|a|an|this|that)\b/i;
