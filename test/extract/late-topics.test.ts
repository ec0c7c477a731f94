import { test } from "node:test";
import assert from "node:assert/strict";
import { buildTurns } from "../../src/extract/build-turns.ts";
import { stem } from "../../src/extract/content-words.ts";
import { discountLateTerms } from "../../src/extract/late-topics.ts";
import { resolveSpeakers } from "../../src/extract/resolve-speakers.ts";
import { ctx, transcript } from "./source-fixtures.ts";

test("late topics: a word first said in the second half ranks below an early topic of about the same weight", () => {
  const doc = transcript([
    ["Jason Vallery", "The warehouse lease ends in June. The warehouse needs a new roof before then."],
    ["Priya Raman", "The roof quote came in. The warehouse owner will pay half of the roof."],
    ["Jason Vallery", "Good, the warehouse is settled. One more thing: the parking permit expired."],
    ["Priya Raman", "I will renew the parking permit. The parking permit office opens Monday."],
  ]);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const term = (word: string, weight: number) => ({ term: word, stem: stem(word), weight, count: 3 });
  const ranked = discountLateTerms([term("parking", 1), term("warehouse", 0.9)], sentences);
  assert.deepEqual(ranked.map((t) => t.term), ["warehouse", "parking"]);
  // An early topic keeps its weight.
  assert.equal(ranked.find((t) => t.term === "warehouse")!.weight, 0.9);
});
