import assert from "node:assert/strict";
import { test } from "node:test";
import { firstFreePath, safeFileName, splitExt } from "../../src/plan/file-names.ts";

test("file names drop characters no OS or Obsidian link accepts, and trailing punctuation", () => {
  assert.equal(safeFileName("1:1 with Tom"), "1-1 with Tom");
  assert.equal(safeFileName("Re: Q3 [draft] #2 / final?"), "Re Q3 draft 2 final");
  assert.equal(safeFileName("Vendor call: Brightline Print,"), "Vendor call Brightline Print");
  assert.equal(safeFileName("..."), "Untitled");
});

test("long titles are cut at a word boundary", () => {
  const name = safeFileName("word ".repeat(40), 30);
  assert.ok(name.length <= 30);
  assert.ok(!name.endsWith(" ") && name.endsWith("word"));
});

test("the first free path numbers taken names", () => {
  const taken = new Set(["A/x.md", "A/x (2).md"]);
  assert.equal(firstFreePath("A", "x", ".md", (p) => taken.has(p)), "A/x (3).md");
  assert.deepEqual(splitExt("notes.v2.vtt"), { base: "notes.v2", ext: ".vtt" });
  assert.deepEqual(splitExt(".hidden"), { base: ".hidden", ext: "" });
});
