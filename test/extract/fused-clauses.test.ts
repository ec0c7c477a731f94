import { test } from "node:test";
import assert from "node:assert/strict";
import { fusesClauses, splitFusedClauses } from "../../src/extract/fused-clauses.ts";
import { extractFacts } from "../../src/extract/extract-facts.ts";
import type { Sentence } from "../../src/extract/build-turns.ts";

test("two sentences run together without a stop are cut where the second one's subject starts", () => {
  assert.deepEqual(splitFusedClauses("The Oslo launch slipped by 2 weeks we will aim for the 100 gig tier in March"), [
    "The Oslo launch slipped by 2 weeks",
    "We will aim for the 100 gig tier in March",
  ]);
  assert.deepEqual(splitFusedClauses("The vendor has to push for the Bergen pilot we have done this at Acme twice"), [
    "The vendor has to push for the Bergen pilot",
    "We have done this at Acme twice",
  ]);
});

test("a clause after a joining word, a verb, a qualified noun or a phrase set before it is no seam", () => {
  for (const line of [
    "Dana said we can ship the beta in March",
    "The team told them we will need 12 racks",
    "These are the deals we will sign in Oslo this quarter",
    "The way this worked was they would plan 5 years ahead",
    "Dana joined Acme in 2019, in March it will be 6 years",
    "The cluster holds 2 PB and in reality it is closer to 3 PB",
    "We ship the beta in January and we freeze features in March",
  ])
    assert.equal(fusesClauses(line), false, line);
});

function sentence(index: number, text: string): Sentence {
  return { index, text, speaker: "Dana Whitfield", turn: index, position: index / 10, wordCount: text.split(/\s+/).length } as unknown as Sentence;
}

test("a fact never runs two sentences together", () => {
  const sentences = [sentence(0, "The Bergen rollout slipped by 3 weeks we will move the 40 racks to the Oslo region in April.")];
  const facts = extractFacts(sentences, { limit: 3, centrality: new Map(), exclude: new Set() }).map((f) => f.text);
  assert.equal(facts.length, 1);
  assert.doesNotMatch(facts[0]!, /weeks we will/);
});

test("a line holding two sentences is cut at the inner full stop; titles and decimals keep theirs", () => {
  assert.deepEqual(splitFusedClauses("We do and we do not. Acme is weighing an 80M dollar deal on GCP."), [
    "We do and we do not.",
    "Acme is weighing an 80M dollar deal on GCP.",
  ]);
  assert.equal(fusesClauses("Dr. Whitfield runs the 5.5 release in Oslo."), false);
});
