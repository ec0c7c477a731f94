import { test } from "node:test";
import assert from "node:assert/strict";
import { respellNames } from "../../src/entities/respell-names.ts";

test("a first name becomes an aliased link, the whole name is left whole, other spellings are corrected", () => {
  const spellings = new Map([["Koncha", "Kanchan Mehrotra"]]);
  const firstNames = new Map([["Marcus", "Marcus Lee"]]);
  assert.equal(
    respellNames("Marcus will call Koncha. Our IT lead, Marcus Lee, sets up SSO; [[Marcus]] stays.", spellings, firstNames),
    "[[Marcus Lee|Marcus]] will call Kanchan Mehrotra. Our IT lead, Marcus Lee, sets up SSO; [[Marcus]] stays.",
  );
});
