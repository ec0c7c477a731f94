import { test } from "node:test";
import assert from "node:assert/strict";
import { buildTurns } from "../../src/extract/build-turns.ts";
import { detectDecisions } from "../../src/extract/detect-decisions.ts";
import { resolveSpeakers } from "../../src/extract/resolve-speakers.ts";
import { ctx, transcript } from "./source-fixtures.ts";

function decisionsOf(turns: [string, string][]) {
  const doc = transcript(turns);
  return detectDecisions(buildTurns(doc, resolveSpeakers(doc, ctx)));
}

test("reported decisions are found and stripped of their lead-in", () => {
  const d = decisionsOf([["Dana Whitfield", "So I think we agreed that we'll ship the pilot on bare metal first, right?"]]);
  assert.equal(d.length, 1);
  assert.equal(d[0]!.text, "We'll ship the pilot on bare metal first");
});

test("scope changes count as decisions", () => {
  const d = decisionsOf([["Dana Whitfield", "SMB scale is deferred to 5.6. The weather was nice."]]);
  assert.deepEqual(d.map((x) => x.text), ["SMB scale is deferred to 5.6"]);
});

test("a proposal accepted in the next turn is a decision; a bare 'agreed' points back to it", () => {
  const d = decisionsOf([
    ["Dana Whitfield", "Let's keep one weekly sync until testing starts and then split it into two tracks."],
    ["Jason Vallery", "Sounds good."],
  ]);
  assert.ok(d.some((x) => /weekly sync/.test(x.text) && x.score >= 2.5), JSON.stringify(d));
  const back = decisionsOf([
    ["Dana Whitfield", "The hardware path goes through the specialized team."],
    ["Jason Vallery", "We're aligned."],
  ]);
  assert.ok(back.some((x) => /hardware path/.test(x.text)), JSON.stringify(back));
});

test("questions and hypotheticals score low", () => {
  const d = decisionsOf([["Dana Whitfield", "Should we go with the bigger cluster if the budget allows?"]]);
  assert.ok(d.every((x) => x.score < 2.5), JSON.stringify(d));
});

test("a short decision keeps its own words; only a bare 'agreed' points back", () => {
  const d = decisionsOf([
    ["Dana Whitfield", "The budget for the pilot is about 300 thousand dollars."],
    ["Jason Vallery", "We agreed to go with option B for the pilot."],
  ]);
  assert.deepEqual(d.map((x) => x.text), ["Go with option B for the pilot"]);
});

test("a proposal asked as a question and accepted is a decision, rewritten as a statement", () => {
  const d = decisionsOf([
    ["Jason Vallery", "Are you okay if I book a weekly 30-minute sync for the two of us?"],
    ["Dana Whitfield", "Yes, of course."],
  ]);
  const hit = d.find((x) => /weekly 30-minute sync/.test(x.text));
  assert.ok(hit && hit.accepted && hit.score >= 2, JSON.stringify(d));
  assert.equal(hit.text, "Book a weekly 30-minute sync for the two of us");
  const unanswered = decisionsOf([
    ["Jason Vallery", "Can we set up a separate design track for the pilot?"],
    ["Dana Whitfield", "The pilot budget is still open."],
  ]);
  assert.ok(unanswered.every((x) => x.score < 1.5), JSON.stringify(unanswered));
});

test("the decision keeps its own clause: lead-ins, names called out and tag-ons go", () => {
  const d = decisionsOf([
    ["Dana Whitfield", "Priya, can we set up a separate engineering track as well?"],
    ["Priya Raman", "Yeah."],
    ["Dana Whitfield", "Getting the whole program moving with the partners, we have to have a dual track for the storage offer."],
  ]);
  const texts = d.map((x) => x.text);
  assert.ok(texts.includes("Set up a separate engineering track"), JSON.stringify(texts));
  assert.ok(texts.includes("Have a dual track for the storage offer"), JSON.stringify(texts));
});

test("people moving to another team count as decisions", () => {
  const d = decisionsOf([["Dana Whitfield", "He's gonna go into the services team working for Morgan."]]);
  assert.deepEqual(d.map((x) => x.text), ["He will go into the services team working for Morgan"]);
  assert.deepEqual(decisionsOf([["Dana Whitfield", "She's going to join us after lunch for the demo review."]]), []);
});

test("explicit scope changes are marked strong; proposals are not", () => {
  const d = decisionsOf([
    ["Dana Whitfield", "Quota reporting is deferred to 7.2. Let's keep the weekly review."],
    ["Priya Raman", "Sounds good."],
  ]);
  assert.deepEqual(
    d.map((x) => [x.text, x.strong]),
    [
      ["Quota reporting is deferred to 7.2", true],
      ["Keep the weekly review", false],
    ],
  );
});

test("a scope change keeps the subject named before its verb", () => {
  const d = decisionsOf([["Dana Whitfield", "Quota alerts, the per-tenant ones, added to 7.1 recently."]]);
  assert.deepEqual(d.map((x) => x.text), ["Quota alerts, the per-tenant ones, added to 7.1 recently"]);
});

test("a decision that opens on a pronoun pointing back ranks lower than one that names its subject", () => {
  const vague = decisionsOf([["Dana Whitfield", "That is something we can rent instead of buying new racks for the lab."]]);
  const named = decisionsOf([["Dana Whitfield", "Lab capacity is something we can rent instead of buying new racks for the lab."]]);
  assert.equal(vague.length, 1);
  assert.equal(named.length, 1);
  assert.ok(vague[0]!.score <= named[0]!.score - 1, JSON.stringify([vague, named]));
});

test("'let's say' sets up a hypothetical and 'we'll keep looking' carries on: neither is a decision", () => {
  const d = decisionsOf([
    ["Dana Whitfield", "So let's say we have a cluster in the cloud and it gets an API call from the scheduler."],
    ["Dana Whitfield", "We'll keep looking at which ticketing tool works best for the release team."],
  ]);
  assert.ok(d.every((x) => x.score < 1.5), JSON.stringify(d));
});

test("a long decision is cut at a clause boundary, never on a dangling word", () => {
  const d = decisionsOf([
    [
      "Dana Whitfield",
      "Let's keep this call as our weekly sync for the whole program until the pilot starts testing in the lab and then we'll split it into two tracks for the teams and",
    ],
  ]);
  assert.equal(d.length, 1);
  assert.equal(d[0]!.text, "Keep this call as our weekly sync for the whole program until the pilot starts testing");
});

test("regrets and what has been going on are not decisions", () => {
  const regret = decisionsOf([["Dana Whitfield", "We should have kept the pilot on bare metal from the start."]]);
  const same = decisionsOf([["Dana Whitfield", "We should keep the pilot on bare metal from the start."]]);
  assert.equal(regret.length, 1);
  assert.ok(regret[0]!.score <= same[0]!.score - 1, JSON.stringify([regret, same]));
  const ongoing = decisionsOf([["Dana Whitfield", "We have been pushing for it, so let's get it into the partner catalog."]]);
  assert.ok(ongoing.every((x) => x.score < 1.5), JSON.stringify(ongoing));
});

test("'to ensure we are aligned' states a purpose, not a decision", () => {
  const d = decisionsOf([["Dana Whitfield", "To ensure we are aligned on the launch plan, here is what the partner team is doing this week."]]);
  assert.ok(d.every((x) => x.score < 1.5), JSON.stringify(d));
});

test("agreed: what the meeting settled (accepted, reported, chosen, a priority set), not one speaker's leaning", () => {
  const agreed = (turns: [string, string][]) => decisionsOf(turns).filter((d) => d.agreed).map((d) => d.text);
  assert.deepEqual(agreed([["Dana Whitfield", "Let's go with the smaller cluster for the pilot."]]), ["Go with the smaller cluster for the pilot"]);
  assert.deepEqual(agreed([["Dana Whitfield", "The billing export is a P0 for the launch."]]), ["The billing export is a P0 for the launch"]);
  assert.deepEqual(agreed([["Dana Whitfield", "The ledger rewrite is deferred to 7.2."]]), ["The ledger rewrite is deferred to 7.2"]);
  assert.deepEqual(
    agreed([
      ["Dana Whitfield", "Can we set up a separate design track for the pilot?"],
      ["Jason Vallery", "Yes, of course."],
    ]),
    ["Set up a separate design track for the pilot"],
  );
  for (const leaning of [
    "I prefer to keep the ledger separate from the billing service.",
    "We need to focus on latency rather than more dashboards.",
    "The ledger team is no longer writing their own scripts.",
    "When we planned the pilot, we thought, okay, we'll use the smaller cluster for the first customers.",
  ]) {
    assert.deepEqual(agreed([["Dana Whitfield", leaning]]), [], leaning);
  }
});

test("a goal ('our aim is to move to 7.1') or a relative clause ('people that are out of 7.1') is no scope change", () => {
  const strong = (line: string) => decisionsOf([["Dana Whitfield", line]]).filter((d) => d.strong).map((d) => d.text);
  assert.deepEqual(strong("Our aim for the quarter is to move to 7.1 for every region."), []);
  assert.deepEqual(strong("We track the testers that are out of 7.1 and working on 7.2."), []);
  assert.deepEqual(strong("The ledger export is out of 7.1."), ["The ledger export is out of 7.1"]);
  assert.deepEqual(strong("The ledger export moved to 7.2."), ["The ledger export moved to 7.2"]);
});

test("carrying on ('we are keep looking') is not a decision the summary names", () => {
  const d = decisionsOf([["Dana Whitfield", "We will keep, we are keep looking at the best ledger tool for the team."]]);
  assert.ok(d.every((x) => !x.agreed && x.score < 1.5), JSON.stringify(d));
});

test("what follows a 'but' is judged on its own: an earlier hedge does not doubt the decision", () => {
  const d = decisionsOf([["Dana Whitfield", "I would prefer a smaller pilot, but we've decided to run the full ledger cluster in Frankfurt."]]);
  const hit = d.find((x) => /full ledger cluster/.test(x.text));
  assert.ok(hit && hit.agreed && hit.strong, JSON.stringify(d));
  const doubted = decisionsOf([["Dana Whitfield", "We would maybe decide to run the full ledger cluster in Frankfurt."]]);
  assert.ok(doubted.every((x) => !x.agreed), JSON.stringify(doubted));
});

test("agreeing and then saying what to do is agreement: 'I agree, let's …'", () => {
  const d = decisionsOf([["Dana Whitfield", "Yeah, I agree with you, let's keep the ledger export on the old cluster for now."]]);
  const hit = d.find((x) => /ledger export/.test(x.text));
  assert.ok(hit && hit.accepted && hit.agreed, JSON.stringify(d));
  assert.equal(hit.text, "Keep the ledger export on the old cluster for now");
});

test("'since we're going with X, we have to …': the decision is X", () => {
  const d = decisionsOf([["Dana Whitfield", "What we need now, since we are going with the routable addresses for the ledger, we have to plan the firewall rules."]]);
  assert.ok(d.some((x) => x.text === "We are going with the routable addresses for the ledger"), JSON.stringify(d));
});

test("scope said in the future or reported in the past is a scope change: 'will be only part of 7.2', 'we did add …'", () => {
  const strong = (line: string) => decisionsOf([["Dana Whitfield", line]]).filter((d) => d.strong).map((d) => d.text);
  assert.deepEqual(strong("The ledger export will be only part of 7.2."), ["The ledger export will be only part of 7.2"]);
  assert.deepEqual(strong("Ledger group by is not in 7.2 but we did add the schema view."), ["Ledger group by is not in 7.2 but we did add the schema view"]);
});

test("'no longer' is a decision only when it is what we do: a state that changed is not", () => {
  assert.deepEqual(decisionsOf([["Dana Whitfield", "Losing the ledger would be bad, since the data is no longer in our region."]]), []);
  const d = decisionsOf([["Dana Whitfield", "We will no longer support the old ledger export for new customers."]]);
  assert.ok(d.some((x) => /old ledger export/.test(x.text)), JSON.stringify(d));
});

test("a decision ends at a full stop inside a run-on line: what follows is the next sentence", async () => {
  const { rewriteDecision } = await import("../../src/extract/rewrite-decision.ts");
  assert.equal(rewriteDecision("We will lead with the ledger pilot in Frankfurt. with trying to win the billing deal too", 3), "Lead with the ledger pilot in Frankfurt");
  assert.equal(rewriteDecision("So the ledger moves to 7.2, and the export stays in 7.1", 0), "The ledger moves to 7.2, and the export stays in 7.1");
  assert.equal(rewriteDecision('They said "we will lose the ledger deal." a pricing review we need to have', 59), "A pricing review we need to have");
});

test("a spoken restart of subject and verb is said once", async () => {
  const { rewriteDecision } = await import("../../src/extract/rewrite-decision.ts");
  assert.equal(rewriteDecision("Right now we've as a company we've decided to move the ledger to Frankfurt", 0), "Move the ledger to Frankfurt");
  assert.equal(rewriteDecision("They will not, we will not, they will not drop the ledger export", 0), "They will not drop the ledger export");
  assert.equal(rewriteDecision("We ship the ledger and we test the export", 0), "We ship the ledger and we test the export");
});

test("an accepted offer to find a time for a meeting is the meeting agreed on", () => {
  const d = decisionsOf([
    ["Jason Vallery", "Are you okay if I find a time for us to have a weekly 45-minute ledger review?"],
    ["Dana Whitfield", "Yes, of course."],
  ]);
  assert.ok(d.some((x) => x.text === "Have a weekly 45-minute ledger review" && x.agreed), JSON.stringify(d));
});

test("an option ruled out is agreed: 'partial refunds are no longer an option'", () => {
  const d = decisionsOf([["Dana Whitfield", "Partial refunds are no longer an option for ledger customers."]]);
  assert.ok(d.some((x) => x.text === "Partial refunds are no longer an option for ledger customers" && x.agreed), JSON.stringify(d));
});

test("a habit ('sometimes we'll use both', 'normally we ship in March') is not a decision", () => {
  for (const habit of ["Sometimes we'll use the ledger export and the billing feed together.", "Normally we will ship the ledger release in March."]) {
    const d = decisionsOf([["Dana Whitfield", habit]]);
    assert.ok(d.every((x) => !x.agreed && x.score < 2), JSON.stringify(d));
  }
});

test("an opener is stripped only as a whole word: 'Sometimes' keeps its 'So', 'Nowhere' its 'Now'", async () => {
  const { rewriteDecision } = await import("../../src/extract/rewrite-decision.ts");
  assert.equal(rewriteDecision("So, sometimes the ledger export moves to 7.2", 0), "Sometimes the ledger export moves to 7.2");
  assert.equal(rewriteDecision("Nowhere else will the ledger export move to 7.2", 0), "Nowhere else will the ledger export move to 7.2");
});

test("a question asked inside a sentence without its mark is not a decision", () => {
  const d = decisionsOf([["Dana Whitfield", "The goal is to understand from Omar, how does the ledger export look on the new cluster."]]);
  assert.ok(d.every((x) => x.score < 1.2), JSON.stringify(d));
  const told = decisionsOf([["Dana Whitfield", "The goal is to show Omar how the ledger export runs on the new cluster."]]);
  assert.ok(told.some((x) => x.score >= 1.5), JSON.stringify(told));
});

test("a condition ('as long as', 'unless') makes a decision a hypothetical", () => {
  for (const line of ["As long as the ledger export is fast, we will not lose the billing deal.", "Unless the pilot slips, we won't move the ledger to the new region."]) {
    const d = decisionsOf([["Dana Whitfield", line]]);
    assert.ok(d.every((x) => !x.agreed && x.score < 1.2), JSON.stringify(d));
  }
});
