import { test } from "node:test";
import assert from "node:assert/strict";
import { extractWithRules } from "../../src/extract/extract-with-rules.ts";
import { ctx, transcript } from "./source-fixtures.ts";

// Nobody calls themselves by name: the unnamed voice taken to be Marta (by a guess from the turns
// around it, or by the floor she was given) is someone else in a sentence calling Marta by name.
const CASES: { name: string; turns: [string, string][] }[] = [
  {
    name: "an unnamed voice taken to be Marta is not Marta when it calls Marta by name",
    turns: [
      ["Jason Vallery", "Thanks everyone. Marta, where are we on the lab?"],
      ["Remote", "I'll book the lab for Thursday and confirm the hardware list."],
      ["Jason Vallery", "Great, thanks Marta."],
      ["Remote", "Marta, I'll send you the budget sheet for the lab tomorrow."],
    ],
  },
  {
    name: "the floor taken to be Marta's does not cover a sentence calling Marta by name",
    turns: [
      ["Jason Vallery", "Osku, thanks for the notes. Marta, where are we on the lab?"],
      ["Remote", "I'll book the lab for Thursday and confirm the hardware list."],
      ["Remote", "Marta, I'll send you the budget sheet for the lab tomorrow."],
    ],
  },
];

for (const { name, turns } of CASES) {
  test(name, () => {
    const doc = transcript(turns, { title: "Lab planning", fileName: "2025-10-29 - Lab planning.md" });
    const tasks = extractWithRules(doc, ctx).tasks;
    assert.equal(tasks.find((t) => /book the lab/i.test(t.text))?.owner, "Marta");
    const budget = tasks.find((t) => /budget sheet/i.test(t.text));
    assert.ok(budget, "the promise is still a task");
    assert.notEqual(budget.owner, "Marta");
  });
}

