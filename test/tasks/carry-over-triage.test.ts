import assert from "node:assert/strict";
import { test } from "node:test";
import { carryOverTriage } from "../../src/tasks/carry-over-triage.ts";

const note = (items: string[]) =>
  ["---", "type: meeting", "---", "", "# Pricing", "", "## Summary", "", "- [ ] a summary bullet that looks like a task", "", "## Action Items", "", ...items, "", "## Decisions", "", "- Go."].join("\n");

const P = (text: string, rest = "#task #proposed #auto") => `- [?] ${text} ${rest}`;

test("accepted, done and edited tasks keep the user's line; untouched proposals are written fresh", () => {
  const previous = note([
    "- [ ] Send the pricing sheet @Raj Patel 📅 2025-11-07 #task #auto ^mnemo-aaaaaa",
    "- [x] Book the venue @Myself ✅ 2025-11-06 #task #auto ^mnemo-bbbbbb",
    "- [?] Review the contract draft @Myself 📅 2025-11-20 #task #proposed #auto ^mnemo-cccccc",
    P("Check the budget @Myself"),
  ]);
  const fresh = [
    P("Send the pricing sheet @Raj Patel 📅 2025-11-07"),
    P("Book the venue @Myself"),
    P("Review the contract @Myself 📅 2025-11-09"),
    P("Check the budget @Myself 📅 2025-11-30"),
    P("Call the bank @Myself"),
  ];
  assert.deepEqual(carryOverTriage(previous, fresh), [
    "- [ ] Send the pricing sheet @Raj Patel 📅 2025-11-07 #task #auto ^mnemo-aaaaaa",
    "- [x] Book the venue @Myself ✅ 2025-11-06 #task #auto ^mnemo-bbbbbb",
    "- [?] Review the contract draft @Myself 📅 2025-11-20 #task #proposed #auto ^mnemo-cccccc",
    P("Check the budget @Myself 📅 2025-11-30"),
    P("Call the bank @Myself"),
  ]);
});

test("a rejected task is not proposed again: the rejected line stays, the new proposal goes", () => {
  const previous = note(["- [-] Send the pricing sheet @Raj Patel ❌ 2025-11-06 #task #proposed #auto ^mnemo-aaaaaa"]);
  const out = carryOverTriage(previous, [P("Send the pricing sheet to Raj @Raj Patel"), P("Something new")]);
  assert.deepEqual(out, ["- [-] Send the pricing sheet @Raj Patel ❌ 2025-11-06 #task #proposed #auto ^mnemo-aaaaaa", P("Something new")]);
});

test("match by block id or 🆔 before text", () => {
  const previous = note(["- [ ] Completely rewritten by the user #task ^mnemo-zzz111", "- [x] Other 🆔 t9 ✅ 2025-01-01"]);
  const out = carryOverTriage(previous, [`${P("Send the deck")} ^mnemo-zzz111`, P("Unrelated words entirely 🆔 t9")]);
  assert.deepEqual(out, ["- [ ] Completely rewritten by the user #task ^mnemo-zzz111", "- [x] Other 🆔 t9 ✅ 2025-01-01"]);
});

test("triaged or hand-added tasks that match nothing new are kept after the new lines; old untouched proposals are dropped", () => {
  const previous = note(["- [ ] My own task I typed in", "  - [ ] a subtask", P("An old proposal nobody touched")]);
  assert.deepEqual(carryOverTriage(previous, [P("A new proposal")]), [P("A new proposal"), "- [ ] My own task I typed in", "  - [ ] a subtask"]);
});

test("each previous task matches at most one new line; tasks outside Action Items are ignored", () => {
  const previous = note(["- [ ] Send the deck #task"]);
  const out = carryOverTriage(previous, [P("Send the deck"), P("Send the deck")]);
  assert.deepEqual(out, ["- [ ] Send the deck #task", P("Send the deck")]);
  assert.deepEqual(carryOverTriage(previous, [P("a summary bullet that looks like a task")]), [P("a summary bullet that looks like a task"), "- [ ] Send the deck #task"]);
});

test("no previous note text: the new lines as they are", () => {
  assert.deepEqual(carryOverTriage("", [P("A")]), [P("A")]);
});
