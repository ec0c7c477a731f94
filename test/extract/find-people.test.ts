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
