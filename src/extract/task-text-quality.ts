/**
 * How much a rewritten task reads like a line worth keeping, as a ranking adjustment: names,
 * products and numbers make it concrete (up to +1.2); a verb followed straight by a comma or a
 * quotation is a broken-off spoken fragment (−2); a leftover subject pronoun ("… that we need",
 * "… I'm interested") means a second clause ran on into the task (−1).
 */
export function taskTextQuality(text: string): number {
  const specific = (text.slice(1).match(/\b(?:[A-Z][\w-]*[A-Z0-9][\w-]*|[A-Z][a-z]+|\d[\w.-]*)\b/g) ?? []).length;
  let q = 0.4 * Math.min(3, specific);
  if (/^\S+,/.test(text) || /["“”]/.test(text)) q -= 2;
  if (/\b(?:I|I'm|I've|we're|you're|they're|it's|that's|we|they|he|she)\b/.test(text.slice(1))) q -= 1;
  return q;
}
