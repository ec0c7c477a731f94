import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanFiller, trimLeadIn } from "../../src/extract/clean-filler.ts";

test("removes hesitations, fillers and hedges", () => {
  const out = cleanFiller("So, um, I think we should, you know, kind of send the deck to, uh, the customer.");
  assert.doesNotMatch(out, /\bum\b|\buh\b|you know|kind of|I think/i);
  assert.match(out, /we should send the deck to the customer/);
});

test("keeps 'you know' and 'kind of' when they carry meaning", () => {
  assert.match(cleanFiller("Do you know what we need?"), /you know what we need/);
  assert.match(cleanFiller("That is the kind of solution we pitch."), /kind of solution/);
});

test("removes recognizer debris: sound annotations, silence markers, glued tokens, hallucinated runs", () => {
  const out = cleanFiller(
    "(keyboard clicking) Okay.PAUSE Let's start. youSilence from 1 minute to 1 minute 40 seconds You you you you Thanks for watching. >> The plan is ready.",
  );
  assert.doesNotMatch(out, /clicking|PAUSE|Silence|Thanks for watching|>>|you you/i);
  assert.match(out, /Let's start/);
  assert.match(out, /The plan is ready/);
});

test("collapses stutters and repeated words", () => {
  assert.equal(cleanFiller("We need to, to, to ship the the build."), "We need to ship the build.");
});

test("trimLeadIn strips discourse openers and tag questions", () => {
  assert.equal(trimLeadIn("So, yeah, okay, the VMs ship in December, right?"), "The VMs ship in December");
  assert.equal(trimLeadIn("- and then we deploy"), "We deploy");
});
