import { test } from "node:test";
import assert from "node:assert/strict";
import type { Sentence } from "../../src/extract/build-turns.ts";
import { findPeople } from "../../src/extract/find-people.ts";

function sentences(texts: string[]): Sentence[] {
  return texts.map((text, i) => ({ index: i, turn: 0, text, raw: text, label: "Remote", speaker: null, words: [], position: 0, wordCount: text.split(" ").length }));
}

test("a name set off by commas before 'right' or 'correct' is someone spoken to, so present", () => {
  const p = findPeople(sentences(["The switch order is the next one as well, Karen, right?", "That was the old plan, Brian, correct?"]), [], "Jason Vallery");
  assert.equal(p.addressed.get(0), "Karen");
  assert.equal(p.addressed.get(1), "Brian");
  assert.ok(p.present.includes("Karen") && p.present.includes("Brian"));
});

test("people the text shows acting or speaking are actors; products and places named alike are not", () => {
  const p = findPeople(
    sentences(["I know that Zerin said she will take care of the QA ramp.", "Second, Quon and me, we're going to write the plan.", "We moved the workload to Kestrel last week.", "The Kestrel cluster is in East US."]),
    [],
    "Jason Vallery",
  );
  assert.ok(p.actors.has("Zerin"));
  assert.ok(p.actors.has("Quon"));
  assert.equal(p.actors.has("Kestrel"), false);
});

test("a task assigned to someone the text shows acting is theirs, even when they are not in the meeting", async () => {
  const { extractWithRules } = await import("../../src/extract/extract-with-rules.ts");
  const { transcript, ctx } = await import("./source-fixtures.ts");
  const doc = transcript(
    [
      ["Remote", "Okay, Marta, let's go through the launch checklist. The pricing page is done. Last week Zerin agreed she will send the support playbook to the sales team by Thursday. Second, Quon and me, we're going to define the rollout plan for the database migration by Friday."],
      ["Jason Vallery", "Great, thanks."],
    ],
    { title: "Launch sync" },
  );
  const x = extractWithRules(doc, ctx);
  const playbook = x.tasks.find((t) => /support playbook/i.test(t.text));
  const rollout = x.tasks.find((t) => /rollout plan/i.test(t.text));
  assert.equal(playbook?.owner, "Zerin", JSON.stringify(x.tasks));
  assert.equal(rollout?.owner, "Quon", JSON.stringify(x.tasks));
});

test("a known first name set off by a comma at the start is someone spoken to; an apposition is not", () => {
  const p = findPeople(
    sentences(["John, it'd be great to have you in that conversation.", "Karen, expect an email from me.", "Assaf, our chief architect, was at that meeting.", "Monday, we ship the build."]),
    [],
    "Jason Vallery",
  );
  assert.equal(p.addressed.get(0), "John");
  assert.equal(p.addressed.get(1), "Karen");
  assert.equal(p.addressed.has(2), false);
  assert.equal(p.addressed.has(3), false);
});
