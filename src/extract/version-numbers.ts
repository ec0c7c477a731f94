import type { Sentence } from "./build-turns.ts";

/** A decimal said this often is something the meeting is about, not a passing figure. */
const MIN_MENTIONS = 4;

/** Words that make a decimal a quantity ("2.5 million", "1.5 petabytes"), not a version. */
const UNIT = /^(?:million|billion|trillion|thousand|hundred|percent|%|x|times|k|m|b|[kmgtpe]i?b|[kmgtpe]b?ps|(?:kilo|mega|giga|tera|peta|exa)(?:bytes?|bits?|watts?)|bytes?|bits?|watts?|dollars?|bucks|euros?|pounds?|hours?|days?|weeks?|months?|years?|minutes?|seconds?|ms|milliseconds?|gigs?|tb|pb|gb|mb|kw|mw|gw|racks?|nodes?|servers?|gpus?|cpus?|cores?|people|points?)$/i;

/**
 * Version numbers the speakers keep coming back to ("5.5", "3.12"): decimals said at least MIN_MENTIONS
 * times that are not quantities, most often first, at most `limit`. "2.5 million" and "1.5 petabytes" are not versions.
 */
export function versionNumbers(sentences: Sentence[], limit: number): string[] {
  const seen = new Map<string, { count: number; quantity: number; first: number }>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(/(?<![\w.$€£])(\d{1,2}\.\d{1,2})(?![\w%]|\.\d)(?:\s+([A-Za-z%]+))?/g)) {
      const v = seen.get(m[1]!) ?? { count: 0, quantity: 0, first: s.index };
      v.count++;
      if (m[2] && UNIT.test(m[2])) v.quantity++;
      seen.set(m[1]!, v);
    }
  }
  return [...seen.entries()]
    .filter(([, v]) => v.count >= MIN_MENTIONS && v.quantity * 2 < v.count)
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .slice(0, limit)
    .map(([x]) => x);
}
