import { test } from "node:test";
import assert from "node:assert/strict";
import { detectPriority } from "../../src/extract/detect-priority.ts";

test("a priority needs a reason in the words", () => {
  assert.equal(detectPriority("This is urgent, fix the build"), "highest");
  assert.equal(detectPriority("It's critical for the launch"), "highest");
  assert.equal(detectPriority("Send it ASAP"), "high");
  assert.equal(detectPriority("This is a blocker for the customer"), "high");
  assert.equal(detectPriority("No rush, whenever you get a chance"), "low");
});

test("everything else has no priority", () => {
  assert.equal(detectPriority("I'll send the deck by Friday"), null);
  assert.equal(detectPriority("It's important to me"), null);
  assert.equal(detectPriority("It is not a blocker"), null);
});
