import { test } from "node:test";
import assert from "node:assert/strict";
import { taskTextQuality } from "../../src/extract/task-text-quality.ts";

test("names, products and numbers rank a task higher than a vague one", () => {
  assert.ok(taskTextQuality("Send Priya the Q3 pricing model for Contoso") > taskTextQuality("Send the thing over"));
  assert.equal(taskTextQuality("Send the thing over"), 0);
});

test("broken-off fragments and run-on clauses rank lower", () => {
  assert.ok(taskTextQuality("Get, I'm curious about the numbers") <= -2);
  assert.ok(taskTextQuality("Find out how many racks we need") < taskTextQuality("Find out how many racks are needed"));
});
