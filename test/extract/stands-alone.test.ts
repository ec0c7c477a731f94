import { test } from "node:test";
import assert from "node:assert/strict";
import { opensDependent } from "../../src/extract/stands-alone.ts";

test("a line opening with a subordinating conjunction or a connective depends on another clause", () => {
  for (const line of [
    "If the cluster runs on bare metal, that might change the plan.",
    "When you build one of these clusters they end up single tenant.",
    "Because the region is full.",
    "Also the Oslo site, 2 PB starting tomorrow.",
    "But be careful with the second quote.",
    "While the team ships the beta in March.",
  ])
    assert.equal(opensDependent(line), true, line);
});

test("a statement that opens with its subject stands alone", () => {
  for (const line of [
    "The Bergen plant runs 12 racks of Helix storage.",
    "Dana leads the archive team.",
    "We ship the beta in January.",
    "Ifrah runs the Oslo office.",
    "Asgard is the second site.",
  ])
    assert.equal(opensDependent(line), false, line);
});
