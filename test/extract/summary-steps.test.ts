import { test } from "node:test";
import assert from "node:assert/strict";
import { summaryFrame, readsAsStep, readsWell } from "../../src/extract/summary-frame.ts";
import { sayWhenDue } from "../../src/extract/say-when-due.ts";
import { sayMeetingPlainly } from "../../src/extract/say-meeting-plainly.ts";

const base = { noteType: "meeting" as const, participants: ["Jason Vallery", "Priya Raman"], topics: [], ownerName: "Jason Vallery" };
const task = (text: string, owner: string | null = "Priya Raman", due: string | null = null) => ({ text, owner, due, priority: null });

test("summary steps: a light verb with a vague object or a pointer back into the talk is not named", () => {
  for (const vague of ["Get some traction around here", "Connect it into the ledger", "Take what Omar builds", "Test the stuff for Omar", "Put together a case"]) {
    assert.equal(readsAsStep(vague), false, vague);
  }
  for (const concrete of ["Send the invoice export to Omar", "Schedule a follow-up call with Dana", "Go over the ledger schema", "Meet in person in Lisbon"]) {
    assert.equal(readsAsStep(concrete), true, concrete);
  }
  const frame = summaryFrame({ ...base, decisions: [], tasks: [task("Get some traction around here"), task("Send the invoice export")] });
  assert.deepEqual(frame.outcomes, ["Plan: Priya to send the invoice export."]);
});

test("summary decisions: an aside, a pointer back or a broken-off piece is not what the meeting aligned on", () => {
  for (const aside of ["I appreciate the ledger design", "Hard to move the ledger to a new", "Losing that one would hurt the ledger", "We will sort that out"]) {
    assert.equal(readsWell(aside), false, aside);
  }
  assert.equal(readsWell("The ledger moves to Frankfurt in March"), true);
  const frame = summaryFrame({ ...base, decisions: ["I appreciate the ledger design", "The ledger moves to Frankfurt in March"], tasks: [] });
  assert.deepEqual(frame.outcomes, ["Aligned on: the ledger moves to Frankfurt in March."]);
  // A spoken restart ("we have … we have") is not a statement to quote.
  const restart = summaryFrame({ ...base, decisions: ["We have as a team we have decided to move the ledger"], tasks: [] });
  assert.deepEqual(restart.outcomes, []);
});

test("summary steps: the next meeting is among the steps named, with when each step is due", () => {
  const weights = new Map([["ledger", 1], ["export", 1], ["invoic", 1]]);
  const frame = summaryFrame({
    ...base,
    date: "2026-03-04",
    decisions: [],
    tasks: [
      task("Check the ledger export for invoices"),
      task("Fix the ledger export"),
      task("Schedule a follow-up call", "Jason Vallery", "2026-03-10"),
    ],
    termWeight: weights,
  });
  assert.match(frame.outcomes[0]!, /^Plan: Priya to (?:check|fix) the ledger export[^;]*; Jason to meet again next week\.$/);
});

test("say when due: counted from the meeting day", () => {
  // 2026-03-04 is a Wednesday.
  assert.equal(sayWhenDue("2026-03-05", "2026-03-04"), "tomorrow");
  assert.equal(sayWhenDue("2026-03-06", "2026-03-04"), "by Friday");
  assert.equal(sayWhenDue("2026-03-12", "2026-03-04"), "next week");
  assert.equal(sayWhenDue("2026-04-02", "2026-03-04"), "by Apr 2");
  assert.equal(sayWhenDue("2028-03-03", "2026-03-04"), "by Mar 3, 2028");
  assert.equal(sayWhenDue("2026-03-04", "2026-03-04"), "");
  assert.equal(sayWhenDue(null, "2026-03-04"), "");
  assert.equal(sayWhenDue("2026-03-12", undefined), "");
});

test("summary steps: what the other side takes on is named beside the owner's own step", () => {
  const frame = summaryFrame({
    ...base,
    decisions: [],
    tasks: [
      task("Check the ledger export for invoices", "Jason Vallery"),
      task("Fix the ledger export", "Jason Vallery"),
      task("Send the pricing page", "Priya Raman"),
    ],
    termWeight: new Map([["ledger", 1], ["export", 1], ["invoic", 1]]),
  });
  assert.match(frame.outcomes[0]!, /^Plan: Jason to (?:check|fix) the ledger export[^;]*; Priya to send the pricing page\.$/);
});

test("summary steps: a planned meeting reads as what happens, not as the chore of arranging it", () => {
  const cases: [string, string][] = [
    ["Schedule a follow-up call with Dana", "meet with Dana"],
    ["set up a 1:1 with Omar about the ledger", "meet with Omar about the ledger"],
    ["Book another session with the billing team", "meet with the billing team"],
    ["Schedule a follow-up meeting about the rollout", "meet again about the rollout"],
    ["Schedule another call", "meet again"],
    // Not a meeting being arranged: left as it is.
    ["Schedule the ledger export", "Schedule the ledger export"],
    ["Send the call notes to Dana", "Send the call notes to Dana"],
  ];
  for (const [step, plain] of cases) assert.equal(sayMeetingPlainly(step), plain, step);
  // The task list keeps the chore; the summary's plan says the meeting, and it still comes first.
  const frame = summaryFrame({
    ...base,
    date: "2026-03-04",
    decisions: [],
    tasks: [task("Send the ledger export"), task("Schedule a follow-up meeting about the rollout", "Jason Vallery", "2026-03-10")],
  });
  assert.deepEqual(frame.outcomes, ["Plan: Priya to send the ledger export; Jason to meet again about the rollout next week."]);
});

test("summary: a step or decision about someone the summary never names (he, him, them) is not quoted", () => {
  for (const pointer of ["He will take over the ledger", "Meet with him about the ledger", "Send them the ledger export", "She owns the rollout now"]) {
    assert.equal(readsWell(pointer), false, pointer);
  }
  assert.equal(readsWell("Meet with Dana about the ledger"), true);
  assert.equal(readsWell("The rollout moves to the theme park team"), true);
});

test("summary decisions: one the other side agreed to or reported as decided is named before one only chosen", () => {
  const weights = new Map([["ledger", 1], ["frankfurt", 1], ["cluster", 1]]);
  const chosen = "We will focus on the ledger cluster in Frankfurt";
  const firm = "The pilot moves to March";
  const frame = summaryFrame({ ...base, decisions: [chosen, firm], firm: [firm], tasks: [], termWeight: weights });
  assert.deepEqual(frame.outcomes, ["Aligned on: the pilot moves to March."]);
  const none = summaryFrame({ ...base, decisions: [chosen, firm], tasks: [], termWeight: weights });
  assert.deepEqual(none.outcomes, ["Aligned on: we will focus on the ledger cluster in Frankfurt."]);
  // An agreed one that does not read on its own leaves the place to the chosen one.
  const vague = summaryFrame({ ...base, decisions: [chosen, "Send it to him"], firm: ["Send it to him"], tasks: [], termWeight: weights });
  assert.deepEqual(vague.outcomes, ["Aligned on: we will focus on the ledger cluster in Frankfurt."]);
});

test("summary decisions: 'Aligned on' says what was chosen, not the verb of choosing again", () => {
  const said = (d: string) => summaryFrame({ ...base, decisions: [d], tasks: [] }).outcomes;
  assert.deepEqual(said("We are going with the routable ledger addresses"), ["Aligned on: the routable ledger addresses."]);
  assert.deepEqual(said("Have a weekly 30-minute ledger sync"), ["Aligned on: a weekly 30-minute ledger sync."]);
  assert.deepEqual(said("Set up a separate design track"), ["Aligned on: a separate design track."]);
  assert.deepEqual(said("Have Dana own the ledger export"), ["Aligned on: have Dana own the ledger export."]);
});

test("summary steps: a short form never stops inside a list of matters", () => {
  const weights = new Map([["billing", 1], ["tps", 1]]);
  const frame = summaryFrame({ ...base, decisions: [], tasks: [task("Meet with Omar about billing, TPS and Azure")], termWeight: weights });
  assert.deepEqual(frame.outcomes, ["Plan: Priya to meet with Omar about billing, TPS and Azure."]);
});

test("summary steps: a state to bring about is a goal, not a step", () => {
  assert.equal(readsAsStep("Ensure that the data is persisted"), false);
  assert.equal(readsAsStep("Make sure the ledger stays consistent"), false);
  assert.equal(readsAsStep("Make sure Omar joins the review"), true);
  assert.equal(readsAsStep("Ensure the export job runs nightly"), true);
});

test("summary steps: a meeting's date is when it happens, not a deadline", () => {
  const frame = summaryFrame({ ...base, date: "2026-03-04", decisions: [], tasks: [task("Meet with Omar about the ledger", "Priya Raman", "2026-03-06")] });
  assert.deepEqual(frame.outcomes, ["Plan: Priya to meet with Omar about the ledger on Friday."]);
  const deadline = summaryFrame({ ...base, date: "2026-03-04", decisions: [], tasks: [task("Send the ledger export", "Priya Raman", "2026-03-06")] });
  assert.deepEqual(deadline.outcomes, ["Plan: Priya to send the ledger export by Friday."]);
});
