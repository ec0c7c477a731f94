import { test } from "node:test";
import assert from "node:assert/strict";
import { dropLeadClause } from "../../src/extract/drop-lead-clause.ts";

test("an opening clause that only sets the scene drops when the main clause stands on its own", () => {
  assert.equal(dropLeadClause("If you look at the spec sheet, the new VMs reach 400 Gbps."), "The new VMs reach 400 Gbps.");
  assert.equal(dropLeadClause("When we moved offices last year, the platform team doubled in size."), "The platform team doubled in size.");
  assert.equal(dropLeadClause("Based on the last review, they expect the Helix beta in March."), "They expect the Helix beta in March.");
});

test("a condition, a list in the clause or a short remainder keep the sentence whole", () => {
  assert.equal(dropLeadClause("If the VM fails, you lose all the data on its local disks."), null);
  assert.equal(dropLeadClause("When you compare Orbit, Helix and Arc on price, Helix wins."), null);
  assert.equal(dropLeadClause("When we met last week, it was fine."), null);
  assert.equal(dropLeadClause("If you look at Orbit, there are two different storage offerings."), null);
  assert.equal(dropLeadClause("When we moved 40 racks last year, the platform team doubled in size."), null);
  assert.equal(dropLeadClause("The new VMs reach 400 Gbps, when they ship."), null);
});
