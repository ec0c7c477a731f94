import { test } from "node:test";
import assert from "node:assert/strict";
import { resolvePersonPronoun } from "../../src/extract/resolve-person-pronoun.ts";

test("an object 'him'/'her' becomes the person's first name", () => {
  assert.equal(resolvePersonPronoun("set up a one-on-one with him", "Marco Bianchi"), "set up a one-on-one with Marco");
  assert.equal(resolvePersonPronoun("invite her to the design review", "Priya Nair"), "invite Priya to the design review");
  assert.equal(resolvePersonPronoun("call her tomorrow", "Priya Nair"), "call Priya tomorrow");
});

test("a possessive 'her' and an unknown person leave the action as it is", () => {
  assert.equal(resolvePersonPronoun("send her slides to finance", "Priya Nair"), "send her slides to finance");
  assert.equal(resolvePersonPronoun("set up a call with him", null), "set up a call with him");
});

test("a pronoun with a name written right after it is left alone", () => {
  assert.equal(resolvePersonPronoun("put him Jason on a call with you", "Priya Nair"), "put him Jason on a call with you");
});
