import { test } from "node:test";
import assert from "node:assert/strict";
import { discountRareTerms } from "../../src/extract/rare-terms.ts";

const term = (word: string, weight: number, count: number) => ({ term: word, stem: word, weight, count });

test("rare terms: a name said twice ranks below a topic said a dozen times that weighs a little less", () => {
  // An acronym's boost gives "SFTP" the higher key-term weight, but it came up twice in passing.
  const ranked = discountRareTerms([term("SFTP", 1.2, 2), term("warehouse", 1, 12)]);
  assert.deepEqual(ranked.map((t) => t.term), ["warehouse", "SFTP"]);
  // Among terms said about as often, the order is left as it was.
  const even = discountRareTerms([term("roof", 1, 10), term("lease", 0.95, 11)]);
  assert.deepEqual(even.map((t) => t.term), ["roof", "lease"]);
});
