/**
 * "I've asked the platform team to suggest a configuration, and I will follow up today to see that we
 * get it done": a follow-up promised right after a request made to someone follows up on that request.
 * Alone, "Follow up to see that we can get it done" says neither with whom nor on what; the request
 * just said names both: "Follow up with the platform team, asked to suggest a configuration".
 */

/** A follow-up that names nobody and nothing: "Follow up", "Follow up on it", "Follow up to see that it's done". */
const EMPTY_FOLLOW_UP = /^(?:follow up|check back|circle back)(?:\s+(?:on (?:it|that|this)\b.*|to (?:see|make sure|check|confirm|ensure)\b.*|and see\b.*))?$/i;
/** A request the speaker made: "I've asked our team, the platform team, to suggest …". */
const REQUEST_MADE =
  /\b(?:I've|I have|I|we've|we have|we)\s+(?:already\s+|just\s+)?(?:asked|told|pinged|requested|tasked)\s+((?:(?!to\b)[\w'’-]+,?\s+){1,7}?)to\s+([a-z][^.;!?]*)/gi;
const MAX_REQUEST_WORDS = 10;

/**
 * The follow-up with the person asked and what they were asked to do, when the words before it made a
 * request; otherwise the task unchanged.
 */
export function followUpOnRequest(task: string, before: string): string {
  if (!EMPTY_FOLLOW_UP.test(task.trim())) return task;
  // The request said last before the follow-up.
  const found = [...before.matchAll(REQUEST_MADE)].at(-1);
  if (!found) return task;
  // "our team, the platform team," names the same people twice: the last naming is the fuller one.
  const who = found[1]!.split(",").map((p) => p.trim()).filter(Boolean).at(-1);
  if (!who || /^(?:him|her|them|you|me|us|it|that|this)$/i.test(who)) return task;
  // What they were asked, up to the next clause; "a configuration which is based on" reads "a configuration based on".
  const asked = found[2]!
    .split(/,|\s(?:and|but|so|because)\s|\s(?:I|we|you|he|she|they)\s+(?:will|would|can|am|are|is)\b|\s(?:I|we|you|he|she|they)['’]/)[0]!
    .replace(/\b(?:which|that|who) (?:is|are|was|were) /gi, "")
    .trim();
  const words = asked.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > MAX_REQUEST_WORDS) return task;
  return `Follow up with ${who}, asked to ${words.join(" ")}`;
}
