import assert from "node:assert/strict";
import { test } from "node:test";
import { linkNames } from "../../src/plan/link-names.ts";

test("links whole names, longest first, and leaves existing links alone", () => {
  assert.equal(
    linkNames("Raj Patel and Raj met [[Raj Patel]] about Rajasthan.", ["Raj", "Raj Patel"]),
    "[[Raj Patel]] and [[Raj]] met [[Raj Patel]] about Rajasthan.",
  );
});

test("never links a name inside a longer word", () => {
  assert.equal(linkNames("The Annual review with Ann.", ["Ann"]), "The Annual review with [[Ann]].");
});

test("names with regex characters are matched literally", () => {
  assert.equal(linkNames("Ping J. Doe (ops) today", ["J. Doe (ops)"]), "Ping [[J. Doe (ops)]] today");
});
