/**
 * A count asked for and answered across two turns, stated as one note line:
 * "How many engineers do you have on the platform team?" / "About 60." → "~60 engineers on the
 * platform team" (the tilde comes later, from writeQuantities). Only "how many" questions with a
 * short answer that gives a number are read this way; anything else is null.
 */

/** The counted thing and what follows it, from the question. */
const HOW_MANY = /\bhow many\s+(.+?)\s*\?*\s*$/i;
/** The auxiliary and subject of the question's inversion ("do we have", "are there", "will they need"). */
const INVERSION =
  /^((?:[\w-]+\s+){0,3}?[\w-]+?)\s+(?:do|does|did|are|is|were|was|will|would|can|could|should|have|has)\s+(?:we|you|they|he|she|it|there|i|[A-Z][\w-]*)(?:\s+(?:have|has|had|need|needs|run|use|get|got|expect|plan|want|see|[a-z]+ing))?\b\s*/i;
/** A number in the answer: digits or number words. */
const QUANTITY =
  /^(?:(?:about|around|roughly|approximately|almost|nearly|over|under|more than|less than|close to|maybe|probably|something like)\s+)?(?:\d[\d,.]*[kmb%]?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|a thousand|thousand)(?:[\s-]+(?:hundred|thousand|million|billion|one|two|three|four|five|six|seven|eight|nine))*)(?:\s+(?:thousand|million|billion|k|percent))?\b/i;
/** Openers an answer may start with before its number. */
const ANSWER_LEAD = /^(?:(?:so|well|yeah|yes|oh|um|uh|I think|I'd say|I would say|it's|it is|we have|we've got|there are|there's)\s*,?\s+)+/i;

/** The answered count as a note line (see the module comment), or null. */
export function answerToQuestion(question: string, answer: string): string | null {
  const q = HOW_MANY.exec(question.trim());
  if (!q) return null;
  const a = answer.trim().replace(/[.!]+$/, "").replace(ANSWER_LEAD, "");
  if (a.split(/\s+/).length > 8) return null;
  const n = QUANTITY.exec(a);
  if (!n) return null;
  let rest = q[1]!.replace(/[?.!]+$/, "").trim();
  const inv = INVERSION.exec(rest);
  if (!inv) return null;
  rest = `${inv[1]} ${rest.slice(inv[0].length)}`.trim();
  // The counted thing must be named: "how many of those", "how many more" say nothing on their own.
  if (!/[a-z]/i.test(rest) || /^(?:of|more|less|fewer|others?|them|those|these|it|that|this|times)\b/i.test(rest)) return null;
  const count = n[0].replace(/^(?:almost|nearly)\b/i, "about");
  const line = `${count} ${rest}`.replace(/\s+/g, " ").trim();
  return line.charAt(0).toUpperCase() + line.slice(1);
}
