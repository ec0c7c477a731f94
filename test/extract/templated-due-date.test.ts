import { test } from "node:test";
import assert from "node:assert/strict";
import { extractWithRules } from "../../src/extract/extract-with-rules.ts";
import { ctx, transcript } from "./source-fixtures.ts";

test("a templated task takes its due date from the words it was written from, not the rest of the sentence", () => {
  const tasksOf = (line: string) =>
    extractWithRules(transcript([["Jason Vallery", "I'll send the vendor quotes to Marco by Friday."], ["Jason Vallery", line]]), ctx).tasks;
  // Meeting on Wednesday 2025-10-29: "today" is in the sentence, but the meeting to arrange is next week.
  const later = tasksOf("Thanks for all your time today, really, and we'll find a time next week to keep going.").find((t) => /follow-up/.test(t.text));
  assert.ok(later?.due && later.due > "2025-11-02", JSON.stringify(later));
  // "next week" said just before the proposal still dates it.
  const before = tasksOf("I appreciate you walking me through this next week we can do another one.").find((t) => /follow-up/.test(t.text));
  assert.ok(before?.due && before.due > "2025-11-02", JSON.stringify(before));
});
