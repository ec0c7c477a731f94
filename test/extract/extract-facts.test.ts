import { test } from "node:test";
import assert from "node:assert/strict";
import { buildTurns } from "../../src/extract/build-turns.ts";
import { extractFacts } from "../../src/extract/extract-facts.ts";
import { resolveSpeakers } from "../../src/extract/resolve-speakers.ts";
import { scoreCentrality } from "../../src/extract/score-centrality.ts";
import { ctx, transcript } from "./source-fixtures.ts";

test("facts are the sentences dense in numbers, names and dates, not chatter or questions", () => {
  const doc = transcript([
    ["Dana Whitfield", "How are you doing today? Good to see you."],
    ["Jason Vallery", "I think it was kind of a long week, honestly."],
    ["Dana Whitfield", "The Azure cluster in East US 2 has 96 nodes and 40 gigabit networking."],
    ["Jason Vallery", "What do you think about that?"],
    ["Dana Whitfield", "Microsoft plans the LSV5 preview for Q1 and production in Q2 next year."],
  ]);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const facts = extractFacts(sentences, { limit: 2, centrality: scoreCentrality(sentences), exclude: new Set() });
  assert.deepEqual(
    facts.map((f) => f.text),
    ["The Azure cluster in East US 2 has 96 nodes and 40 gigabit networking.", "Microsoft plans the LSV5 preview for Q1 and production in Q2 next year."],
  );
});
