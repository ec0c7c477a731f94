import assert from "node:assert/strict";
import { test } from "node:test";
import { chunkTurns } from "../../../src/extract/llm/chunk-turns.ts";
import { estimateTokens } from "../../../src/extract/llm/estimate-tokens.ts";
import { mergeExtractions } from "../../../src/extract/llm/merge-extractions.ts";
import { validExtraction } from "./helpers/engines.ts";

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

test("chunks split between turns and stay within the budget", () => {
  const turns = Array.from({ length: 30 }, (_, i) => `Speaker ${i % 3}: ${"word ".repeat(10 + (i % 7))}end${i}.`);
  const chunks = chunkTurns(turns, 60, words);
  assert.ok(chunks.length > 5);
  assert.deepEqual(chunks.flat(), turns, "every turn once, in order, uncut");
  for (const c of chunks) assert.ok(c.reduce((n, t) => n + words(t) + 1, 0) <= 60);
});

test("a turn longer than the budget is cut between sentences, keeping its speaker", () => {
  const long = `Raj Patel: ${Array.from({ length: 40 }, (_, i) => `Sentence number ${i} is here.`).join(" ")}`;
  const chunks = chunkTurns(["Dana: hi.", long], 50, words);
  const pieces = chunks.flat().slice(1);
  assert.ok(pieces.length > 3);
  for (const p of pieces) {
    assert.match(p, /^Raj Patel: Sentence number \d+/);
    assert.ok(words(p) + 1 <= 50);
  }
  assert.equal(pieces.join(" ").replace(/Raj Patel: /g, ""), long.replace("Raj Patel: ", ""));
});

test("estimateTokens is in the range of real tokenizers for English", () => {
  const text = "We agreed to go with option B for the renewal, worth 120 thousand dollars, by Friday.";
  const n = estimateTokens(text);
  assert.ok(n >= 17 && n <= 24, String(n)); // about one token per word, number and mark
});

test("merging chunk extractions de-duplicates by normalised text and fills gaps", () => {
  const a = validExtraction({ tasks: [{ text: "Send the pricing sheet", owner: null, due: null, priority: null }], entity: null });
  const b = validExtraction({
    title: "Later title",
    summary: "Then they talked budget.",
    participants: ["raj patel", "Mei Chen"],
    tasks: [
      { text: "send the pricing sheet.", owner: "Raj Patel", due: "2025-11-07", priority: "high" },
      { text: "Book the venue", owner: "Mei Chen", due: null, priority: null },
    ],
    decisions: ["Go with option B for the renewal"],
    facts: ["Budget is $40k."],
    mentions: { people: ["Mei Chen"], accounts: ["northwind"], projects: ["Launch"] },
  });
  const m = mergeExtractions([a, b]);
  assert.equal(m.title, a.title);
  assert.equal(m.entity, "Northwind");
  assert.deepEqual(m.participants, ["Dana Whitfield", "Raj Patel", "Mei Chen"]);
  assert.deepEqual(m.tasks, [
    { text: "Send the pricing sheet", owner: "Raj Patel", due: "2025-11-07", priority: "high" },
    { text: "Book the venue", owner: "Mei Chen", due: null, priority: null },
  ]);
  assert.deepEqual(m.decisions, ["Go with option B for the renewal."]);
  assert.deepEqual(m.facts, ["The renewal is worth $120k a year.", "Budget is $40k."]);
  assert.equal(m.summary, `${a.summary} Then they talked budget.`);
  assert.deepEqual(m.mentions, { people: ["Raj Patel", "Mei Chen"], accounts: ["Northwind"], projects: ["Launch"] });
});
