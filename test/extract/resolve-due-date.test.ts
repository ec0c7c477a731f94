import { test } from "node:test";
import assert from "node:assert/strict";
import { resolveDueDate } from "../../src/extract/resolve-due-date.ts";

// 2025-10-29 is a Wednesday.
const WEDNESDAY = "2025-10-29";

test("weekday deadlines resolve to that week's day", () => {
  assert.deepEqual(resolveDueDate("I'll send you the deck by Friday", WEDNESDAY), { due: "2025-10-31", phrase: "by Friday" });
  assert.equal(resolveDueDate("let's meet on Monday", WEDNESDAY).due, "2025-11-03");
});

test("relative deadlines resolve from the meeting date, not today", () => {
  assert.equal(resolveDueDate("I'll do it tomorrow", WEDNESDAY).due, "2025-10-30");
  assert.equal(resolveDueDate("by end of the week", WEDNESDAY).due, "2025-10-31");
  assert.equal(resolveDueDate("before the end of the month", WEDNESDAY).due, "2025-10-31");
  assert.equal(resolveDueDate("right after this call", WEDNESDAY).due, WEDNESDAY);
  assert.equal(resolveDueDate("next week", WEDNESDAY).due, "2025-11-05");
  assert.equal(resolveDueDate("on November 3", WEDNESDAY).due, "2025-11-03");
});

test("no deadline: none, past dates, durations, far future", () => {
  assert.equal(resolveDueDate("I'll walk you through it", WEDNESDAY).due, null);
  assert.equal(resolveDueDate("we shipped it last Friday", WEDNESDAY).due, null);
  assert.equal(resolveDueDate("it takes five minutes", WEDNESDAY).due, null);
  assert.equal(resolveDueDate("by March 2027", WEDNESDAY).due, null);
});
