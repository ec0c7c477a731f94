import { test } from "node:test";
import assert from "node:assert/strict";
import { condense } from "../../src/extract/compress-sentence.ts";

test("condense: contractions written out, framing and discourse words dropped", () => {
  assert.equal(
    condense("Yeah, I think we're going to need the updated deck, like, for the Azure review."),
    "We will need the updated deck, for the Azure review.",
  );
  assert.equal(condense("It's basically 40 gigabits on the LS96, right?"), "It is 40 gigabits on the LS96?");
});

test("condense: keeps verbs of the action, names and numbers", () => {
  assert.equal(condense("I'd like to make sure the right slides go to Lior by Friday"), "I would like to make sure the right slides go to Lior by Friday");
  assert.equal(condense("Phase gate one is in two weeks, two weeks from now."), "Phase gate one is in two weeks from now.");
});

test("condense: a line that would lose almost everything stays as it was", () => {
  assert.equal(condense("Yeah, okay, sure."), "Yeah, okay, sure.");
});
