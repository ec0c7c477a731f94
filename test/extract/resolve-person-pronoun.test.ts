import { test } from "node:test";
import assert from "node:assert/strict";
import { partnerJustNamed, resolvePersonPronoun } from "../../src/extract/resolve-person-pronoun.ts";

test("an object 'him'/'her' becomes the person", () => {
  assert.equal(resolvePersonPronoun("set up a one-on-one with him", "Marco"), "set up a one-on-one with Marco");
  assert.equal(resolvePersonPronoun("invite her to the design review", "Priya"), "invite Priya to the design review");
  assert.equal(resolvePersonPronoun("call her tomorrow", "Priya"), "call Priya tomorrow");
});

test("a possessive 'her' and an unknown person leave the action as it is", () => {
  assert.equal(resolvePersonPronoun("send her slides to finance", "Priya"), "send her slides to finance");
  assert.equal(resolvePersonPronoun("set up a call with him", null), "set up a call with him");
});

test("a pronoun with a name written right after it is left alone", () => {
  assert.equal(resolvePersonPronoun("put him Jason on a call with you", "Priya"), "put him Jason on a call with you");
});

test("the team the speaker works with is found after 'with', nearest first", () => {
  assert.equal(partnerJustNamed(["we're working with the storage platform team on that, so", "We met with Anna's group."]), "storage platform team");
  assert.equal(partnerJustNamed(["", "We met with Anna's group last week."]), "Anna's group");
  assert.equal(partnerJustNamed(["we're working with Marco on it"]), null);
});
