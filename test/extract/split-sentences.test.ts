import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "../../src/extract/split-sentences.ts";

test("splits on end punctuation but not on abbreviations or decimals", () => {
  assert.deepEqual(splitSentences("Dr. Smith joined. Version 3.9 ships soon! Is it ready? Yes."), [
    "Dr. Smith joined.",
    "Version 3.9 ships soon!",
    "Is it ready?",
    "Yes.",
  ]);
});

test("a period before a lower-case continuation is a recognizer slip, not a boundary", () => {
  assert.deepEqual(splitSentences("We need a screenshot. of the logging experience."), ["We need a screenshot. of the logging experience."]);
  assert.equal(splitSentences("We're aligned. when I look at it, it works.").length, 2);
});

test("long unpunctuated speech is cut at clause boundaries", () => {
  const run =
    "so we talked to the compute team about the new virtual machines and they said the network will be faster next year but the storage team still wants more capacity in the region and so we are going to look at bare metal options with the hardware partners because the timeline matters for the customer";
  const parts = splitSentences(run);
  assert.ok(parts.length >= 2, JSON.stringify(parts));
  for (const p of parts) assert.ok(p.split(/\s+/).length <= 40, p);
  assert.equal(parts.join(" ").split(/\s+/).length, run.split(/\s+/).length);
});
