import { test } from "node:test";
import assert from "node:assert/strict";
import { resolveObjectPronoun } from "../../src/extract/resolve-object-pronoun.ts";

test("a bare 'it' as the object takes the noun phrase said just before", () => {
  assert.equal(
    resolveObjectPronoun("bring it up with Priya", ["The warehouse migration plan still needs a budget owner."]),
    "bring up the warehouse migration plan with Priya",
  );
  assert.equal(resolveObjectPronoun("review that", ["", "Omar drafted the quarterly hiring forecast."]), "review the quarterly hiring forecast");
  assert.equal(resolveObjectPronoun("figure it out", ["Nobody knows which data center we will use."]), "figure out which data center");
});

test("no antecedent worth naming, a person, or a pronoun that is not the object: unchanged", () => {
  assert.equal(resolveObjectPronoun("review it", ["That is the thing."]), "review it");
  assert.equal(resolveObjectPronoun("call it", ["Talk to Priya."]), "call it");
  assert.equal(resolveObjectPronoun("check that the backups ran", ["The storage cluster was down."]), "check that the backups ran");
  assert.equal(resolveObjectPronoun("send the invoice", ["The storage cluster was down."]), "send the invoice");
});
