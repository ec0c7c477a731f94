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

test("a verb with no object worth a task ranks down; a real object does not", () => {
  const q = taskTextQuality;
  assert.ok(q("Find a time") <= -1.5);
  assert.ok(q("Work together a bit") <= -1.5);
  assert.ok(q("Put something on the calendar") <= -1.5);
  assert.ok(q("Share the equivalent part") <= -1.5);
  assert.ok(q("Find a time for the budget review") > -1);
  assert.ok(q("Share the signed contract") > -1);
});

test("a verb followed straight by 'but' or 'because' never said its object", () => {
  assert.ok(taskTextQuality("Find out but if the quota is raised") <= -2);
  assert.ok(taskTextQuality("Connect because finance asked") <= -2);
  assert.ok(taskTextQuality("Find out whether the quota is raised") > -1);
});

test("a verb that needs an object, followed straight by a place, lost its object", () => {
  assert.ok(taskTextQuality("Build in the middle of the desert") <= -2);
  assert.ok(taskTextQuality("Build the cost model in the spreadsheet") > -1);
  assert.ok(taskTextQuality("Build on the agenda from last week") > -1);
});

test("a task that ends on a pronoun or on who said it names nothing to act on", () => {
  const q = taskTextQuality;
  assert.ok(q("Put together a proposal around it") <= -2);
  assert.ok(q("Put a quote in front of them") <= -2);
  assert.ok(q("Look up the exact figure she said") <= -2);
  assert.ok(q("Put together a proposal for the Oslo renewal") > -1);
  assert.ok(q("Thank him for the new racks") > -1);
});
