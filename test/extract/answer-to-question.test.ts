import { test } from "node:test";
import assert from "node:assert/strict";
import { answerToQuestion } from "../../src/extract/answer-to-question.ts";
import { buildTurns } from "../../src/extract/build-turns.ts";
import { extractFacts } from "../../src/extract/extract-facts.ts";
import { resolveSpeakers } from "../../src/extract/resolve-speakers.ts";
import { scoreCentrality } from "../../src/extract/score-centrality.ts";
import { ctx, transcript } from "./source-fixtures.ts";

test("a 'how many' question and its short numeric answer become one statement of the count", () => {
  assert.equal(answerToQuestion("How many engineers do you have on the platform team?", "About 60."), "About 60 engineers on the platform team");
  assert.equal(answerToQuestion("So, out of curiosity, how many sites does Helix run?", "Eleven."), "Eleven sites");
  assert.equal(answerToQuestion("How many racks are they planning for Oslo?", "Almost 300."), "About 300 racks for Oslo");
});

test("no statement without a count asked for and a short number given", () => {
  assert.equal(answerToQuestion("What do you run on the platform team?", "About 60 services."), null);
  assert.equal(answerToQuestion("How many racks will they need next year?", "I don't know, we'll see."), null);
  assert.equal(answerToQuestion("How many of them?", "Four."), null);
  assert.equal(answerToQuestion("How many of those do we need?", "About forty."), null);
  assert.equal(answerToQuestion("How many more do they want?", "Ten."), null);
  assert.equal(
    answerToQuestion("How many nodes do you have?", "We used to have 40 nodes but then the team moved most of them to the other region last spring."),
    null,
  );
});

test("an answered count across turns is a key fact, written as a note", () => {
  const doc = transcript([
    ["Jason Vallery", "How many developers do you have in Oslo?"],
    ["Dana Whitfield", "About four hundred."],
    ["Jason Vallery", "Okay, thanks."],
  ]);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const facts = extractFacts(sentences, { limit: 2, centrality: scoreCentrality(sentences), exclude: new Set() });
  assert.deepEqual(
    facts.map((f) => f.text),
    ["~400 developers in Oslo"],
  );
});
