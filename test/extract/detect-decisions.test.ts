import { test } from "node:test";
import assert from "node:assert/strict";
import { buildTurns } from "../../src/extract/build-turns.ts";
import { detectDecisions } from "../../src/extract/detect-decisions.ts";
import { resolveSpeakers } from "../../src/extract/resolve-speakers.ts";
import { ctx, transcript } from "./source-fixtures.ts";

function decisionsOf(turns: [string, string][]) {
  const doc = transcript(turns);
  return detectDecisions(buildTurns(doc, resolveSpeakers(doc, ctx)));
}

test("reported decisions are found and stripped of their lead-in", () => {
  const d = decisionsOf([["Dana Whitfield", "So I think we agreed that we'll ship the pilot on bare metal first, right?"]]);
  assert.equal(d.length, 1);
  assert.equal(d[0]!.text, "We'll ship the pilot on bare metal first");
});

test("scope changes count as decisions", () => {
  const d = decisionsOf([["Dana Whitfield", "SMB scale is deferred to 5.6. The weather was nice."]]);
  assert.deepEqual(d.map((x) => x.text), ["SMB scale is deferred to 5.6"]);
});

test("a proposal accepted in the next turn is a decision; a bare 'agreed' points back to it", () => {
  const d = decisionsOf([
    ["Dana Whitfield", "Let's keep one weekly sync until testing starts and then split it into two tracks."],
    ["Jason Vallery", "Sounds good."],
  ]);
  assert.ok(d.some((x) => /weekly sync/.test(x.text) && x.score >= 2.5), JSON.stringify(d));
  const back = decisionsOf([
    ["Dana Whitfield", "The hardware path goes through the specialized team."],
    ["Jason Vallery", "We're aligned."],
  ]);
  assert.ok(back.some((x) => /hardware path/.test(x.text)), JSON.stringify(back));
});

test("questions and hypotheticals score low", () => {
  const d = decisionsOf([["Dana Whitfield", "Should we go with the bigger cluster if the budget allows?"]]);
  assert.ok(d.every((x) => x.score < 2.5), JSON.stringify(d));
});

test("a short decision keeps its own words; only a bare 'agreed' points back", () => {
  const d = decisionsOf([
    ["Dana Whitfield", "The budget for the pilot is about 300 thousand dollars."],
    ["Jason Vallery", "We agreed to go with option B for the pilot."],
  ]);
  assert.deepEqual(d.map((x) => x.text), ["Go with option B for the pilot"]);
});
