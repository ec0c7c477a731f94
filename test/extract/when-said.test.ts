import { test } from "node:test";
import assert from "node:assert/strict";
import { buildTurns } from "../../src/extract/build-turns.ts";
import { stem } from "../../src/extract/content-words.ts";
import { rankByWhenSaid } from "../../src/extract/when-said.ts";
import { resolveSpeakers } from "../../src/extract/resolve-speakers.ts";
import { ctx, transcript } from "./source-fixtures.ts";

function sentencesOf(doc: ReturnType<typeof transcript>) {
  return buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
}

const term = (word: string, weight: number) => ({ term: word, stem: stem(word), weight, count: 3 });

test("when said: a word first said in the second half ranks below an early topic of about the same weight", () => {
  const sentences = sentencesOf(
    transcript([
      ["Jason Vallery", "The warehouse lease ends in June. The roof needs work before then."],
      ["Priya Raman", "The roof quote came in. The owner will pay half of the roof."],
      ["Jason Vallery", "Good, the warehouse is settled. One more thing: the parking permit expired."],
      ["Priya Raman", "I will renew the parking permit. The parking office opens Monday."],
    ]),
  );
  // Both are said in three sentences (three stretches); only the first mention differs.
  const ranked = rankByWhenSaid([term("parking", 1), term("warehouse", 0.9)], sentences);
  assert.deepEqual(ranked.map((t) => t.term), ["warehouse", "parking"]);
});

test("when said: a topic the speakers keep coming back to outranks one said as often in one stretch", () => {
  const sentences = sentencesOf(
    transcript([
      ["Jason Vallery", "The invoice run failed. The invoice, the invoice, the invoice: all wrong."],
      ["Priya Raman", "The ledger looks fine though."],
      ["Jason Vallery", "Then the ledger export is next."],
      ["Priya Raman", "Right, and the ledger totals match the bank."],
      ["Jason Vallery", "Let me check the ledger once more."],
    ]),
  );
  const ranked = rankByWhenSaid([term("invoice", 1), term("ledger", 0.97)], sentences);
  assert.deepEqual(ranked.map((t) => t.term), ["ledger", "invoice"]);
});
