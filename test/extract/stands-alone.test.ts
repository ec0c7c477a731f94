import { test } from "node:test";
import assert from "node:assert/strict";
import { holdsQuestion, lacksSubject, opensDependent, opensWithYou } from "../../src/extract/stands-alone.ts";

test("a line opening with a subordinating conjunction or a connective depends on another clause", () => {
  for (const line of [
    "If the cluster runs on bare metal, that might change the plan.",
    "When you build one of these clusters they end up single tenant.",
    "Because the region is full.",
    "Also the Oslo site, 2 PB starting tomorrow.",
    "But be careful with the second quote.",
    "While the team ships the beta in March.",
    "After we met with Dana in Oslo, she suggested a second site.",
    "Meaning the Oslo cluster now scales to 2 PB.",
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

test("a line that opens with a verb has lost its subject or gives an order", () => {
  for (const line of [
    "Went and joined Dana at Acme.",
    "Was a business unit CFO at Acme for three years.",
    "Have a conversation with the 2 leads in engineering.",
    "Did the migration in March.",
    "Be careful with the 7 racks in Oslo.",
    // The "it's" before an adjective and its infinitive was lost.
    "Hard to move the Oslo customers to 4.2 before March.",
    "Good to know the Acme renewal is worth $2M.",
  ])
    assert.equal(lacksSubject(line), true, line);
  for (const line of [
    "Dana joined Acme in March.",
    "Release cadence is every five months.",
    "Support tickets go to the Oslo team.",
    "Have you seen the Oslo numbers.",
    "Oslo to host the 2027 summit.",
  ])
    assert.equal(lacksSubject(line), false, line);
});

test("a line that holds a question asks rather than states", () => {
  assert.equal(holdsQuestion("Are they 4K or 8K GPUs? with a 160K cluster in Oslo."), true);
  assert.equal(holdsQuestion("The Oslo cluster has 8K GPUs."), false);
});

test("a line opening with 'you' speaks to the listener or of anyone", () => {
  assert.equal(opensWithYou("You need DevOps, you need 24/7 support."), true);
  assert.equal(opensWithYou("Your team owns the Oslo cluster."), true);
  assert.equal(opensWithYou("Younes runs the Oslo office."), false);
  assert.equal(opensWithYou("The Oslo team told you about the 12 racks."), false);
});
