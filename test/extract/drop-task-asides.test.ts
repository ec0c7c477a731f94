import { test } from "node:test";
import assert from "node:assert/strict";
import { dropPurposeOfLongTask, dropTaskAsides } from "../../src/extract/drop-task-asides.ts";
import { rewriteTask } from "../../src/extract/rewrite-task.ts";

const task = (action: string) => rewriteTask({ action, kind: "self", speaker: null, addressee: null, duePhrase: null });

test("the hedge framing what is to be checked goes, the thing to check stays", () => {
  assert.equal(task("verify it is possible that there will be some limits around like cross-region peering"), "Verify limits around cross-region peering");
  assert.equal(task("check whether there are any quotas on the staging tenant"), "Check quotas on the staging tenant");
});

test("asides closing the phrase go", () => {
  assert.equal(task("find the escalation diagram for Priya as a follow up"), "Find the escalation diagram for Priya");
  assert.equal(task("send the onboarding link for example"), "Send the onboarding link");
});

test("a second clause run on with its own subject and verb is not part of the task", () => {
  assert.equal(task("get 40 terabytes of scratch space and the budget for that was approved last week"), "Get 40 terabytes of scratch space");
  // Inside a whether-clause the 'and … is' belongs to the question.
  assert.equal(dropTaskAsides("check whether the driver and the firmware are compatible"), "check whether the driver and the firmware are compatible");
});

test("'like' is only dropped as a pause after a preposition", () => {
  assert.equal(dropTaskAsides("ask about like the pricing tiers"), "ask about the pricing tiers");
  assert.equal(dropTaskAsides("make it look like the old dashboard"), "make it look like the old dashboard");
});

test("a time clause with its own subject and a remark run on with 'and happy to' are not part of the task", () => {
  assert.equal(dropTaskAsides("compare notes like once you have talked to the vendor"), "compare notes");
  assert.equal(dropTaskAsides("share the benchmark results and happy to walk you through them"), "share the benchmark results");
  assert.equal(dropTaskAsides("share the results after the benchmark run"), "share the results after the benchmark run");
});

test("a comment on the action after a comma is not part of it", () => {
  assert.equal(dropTaskAsides("meet the auditors, so that'll be great"), "meet the auditors");
  assert.equal(dropTaskAsides("book the venue, it's going to fill up"), "book the venue");
});

test("'after I …' keeps the order of steps without the subject", () => {
  assert.equal(task("follow up with Priya after I meet the vendor"), "Follow up with Priya after meeting the vendor");
  assert.equal(task("send the final numbers before we ship the release"), "Send the final numbers before shipping the release");
  assert.equal(dropTaskAsides("call Marco after I get back"), "call Marco after getting back");
});

test("a long task loses its purpose clause; a short one and a verb's own infinitive keep it", () => {
  assert.equal(
    task("get fast interconnect between the storage nodes to establish the cluster and to have lower latency"),
    "Get fast interconnect between the storage nodes",
  );
  assert.equal(task("set up a call with Marco to understand the pricing tiers"), "Set up a call with Marco to understand the pricing tiers");
  const needs = "find out how many storage nodes we will need to get to the petabyte scale";
  assert.equal(dropPurposeOfLongTask(needs), needs);
});

test("the colloquial tag after a name goes; a relative clause about the person is left to the clause cut", () => {
  assert.equal(dropTaskAsides("set a call with Omar the billing guy to walk through the invoices"), "set a call with Omar to walk through the invoices");
  assert.equal(dropTaskAsides("set a call with Omar Billing guy tomorrow"), "set a call with Omar tomorrow");
  assert.equal(dropTaskAsides("connect Dana to Omar, the guy who runs billing"), "connect Dana to Omar, the guy who runs billing");
});

test("a noun phrase the speaker began again keeps only the second try", () => {
  assert.equal(dropTaskAsides("put you on a call with the data platform the new data platform team"), "put you on a call with the new data platform team");
  assert.equal(dropTaskAsides("compare the old cost model with the new cost model"), "compare the old cost model with the new cost model");
});

test("the same people named again without a comma go; 'the people who' as the object stays", () => {
  assert.equal(dropTaskAsides("put you on a call with the billing team the people who built the ledger"), "put you on a call with the billing team");
  assert.equal(dropTaskAsides("put you on a call with the people who built the ledger"), "put you on a call with the people who built the ledger");
  assert.equal(dropTaskAsides("thank the people who built the ledger"), "thank the people who built the ledger");
});
