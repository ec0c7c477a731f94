import { test } from "node:test";
import assert from "node:assert/strict";
import { buildTurns } from "../../src/extract/build-turns.ts";
import { detectCommitments } from "../../src/extract/detect-commitments.ts";
import { resolveSpeakers } from "../../src/extract/resolve-speakers.ts";
import { ctx, transcript } from "./source-fixtures.ts";

function commitmentsOf(turns: [string, string][]) {
  const doc = transcript(turns);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  return detectCommitments(sentences, {
    speakerOf: (s) => s.speaker,
    addresseeOf: (s) => (s.speaker === "Jason Vallery" ? "Dana Whitfield" : "Jason Vallery"),
    personNamed: (w) => (w === "Marco" ? "Marco Bianchi" : null),
  });
}

test("commitments, requests and assignments each get the right owner", () => {
  const c = commitmentsOf([
    ["Jason Vallery", "I'll send the pricing sheet to finance."],
    ["Dana Whitfield", "Can you review the migration runbook?"],
    ["Dana Whitfield", "Marco will prepare the benchmark report."],
    ["Jason Vallery", "Let me check the backup schedule."],
  ]);
  const byVerb = new Map(c.map((x) => [x.verb, x]));
  assert.equal(byVerb.get("send")?.owner, "Jason Vallery");
  assert.equal(byVerb.get("send")?.kind, "self");
  assert.equal(byVerb.get("review")?.owner, "Jason Vallery");
  assert.equal(byVerb.get("review")?.kind, "request");
  assert.equal(byVerb.get("prepare")?.owner, "Marco Bianchi");
  assert.equal(byVerb.get("check")?.owner, "Jason Vallery");
});

test("talk about talking, narration and negations are not tasks", () => {
  const c = commitmentsOf([
    ["Jason Vallery", "I'll tell you, the market is crazy."],
    ["Jason Vallery", "I'll be honest with you."],
    ["Dana Whitfield", "Let me think about it."],
  ]);
  assert.ok(c.every((x) => x.score < 2), JSON.stringify(c.map((x) => [x.sentence.text, x.score])));
  const neg = commitmentsOf([["Jason Vallery", "I won't send the contract before legal signs off."]]);
  assert.ok(neg.every((x) => x.score < 2));
});

test("'I'll check' takes the open question it answers as its object", () => {
  const c = commitmentsOf([
    ["Dana Whitfield", "Can we get early access to the LSV5 preview?"],
    ["Jason Vallery", "Let me check."],
    ["Jason Vallery", "I don't know if Suresh is coming to Supercomputing or not, I will check."],
  ]);
  const actions = c.map((x) => x.action);
  assert.ok(actions.includes("check whether we can get early access to the LSV5 preview"), JSON.stringify(actions));
  assert.ok(actions.includes("check whether Suresh is coming to Supercomputing"), JSON.stringify(actions));
});

test("proposals to act together and duties stated as 'for me to' are commitments", () => {
  const c = commitmentsOf([
    ["Dana Whitfield", "Can we set up a separate design review for the billing service?"],
    ["Jason Vallery", "The next move is for me to draft the vendor comparison."],
    ["Dana Whitfield", "The plan is to migrate the reporting jobs in March."],
  ]);
  const byVerb = new Map(c.map((x) => [x.verb, x]));
  assert.equal(byVerb.get("set")?.kind, "we");
  assert.equal(byVerb.get("draft")?.owner, "Jason Vallery");
  assert.equal(byVerb.get("draft")?.kind, "self");
  assert.ok(byVerb.has("migrate"));
});

test("a pronoun object is replaced by what it refers to", () => {
  const c = commitmentsOf([
    ["Dana Whitfield", "The escalation runbook is out of date."],
    ["Jason Vallery", "I'll update it tomorrow."],
  ]);
  assert.match(c.find((x) => x.verb === "update")!.action, /^update the escalation runbook\b/);
});

test("an offer is the speaker's, 'you will' is the listener's, 'he will' is the person just named", () => {
  const c = commitmentsOf([
    ["Dana Whitfield", "Do you want me to book a call with the storage vendor?"],
    ["Dana Whitfield", "You'll present the roadmap to the board."],
    ["Jason Vallery", "Marco has the numbers. He will send the capacity plan on Monday."],
  ]);
  const byVerb = new Map(c.map((x) => [x.verb, x]));
  assert.equal(byVerb.get("book")?.owner, "Dana Whitfield");
  assert.equal(byVerb.get("book")?.kind, "self");
  assert.equal(byVerb.get("present")?.owner, "Jason Vallery");
  assert.equal(byVerb.get("send")?.owner, "Marco Bianchi");
});

test("'let' left over from 'let me let you …' is not a task verb", () => {
  const c = commitmentsOf([["Jason Vallery", "I'll let Dana show the dashboard later."]]);
  assert.ok(c.every((x) => x.score < 2), JSON.stringify(c.map((x) => [x.action, x.score])));
});

test("'we' said to someone called on by name is theirs to do", () => {
  const c = commitmentsOf([["Dana Whitfield", "Marco, can we set up a review of the billing service?"]]);
  assert.equal(c.find((x) => x.verb === "set")?.owner, "Marco Bianchi");
});

test("'we want to …' is a shared intention", () => {
  const c = commitmentsOf([["Jason Vallery", "We want to migrate the billing database before the audit."]]);
  assert.equal(c.find((x) => x.verb === "migrate")?.kind, "we");
});

test("a need the team states becomes a weaker task with a generic verb; 'what we need is' and 'need to' do not", () => {
  const c = commitmentsOf([
    ["Dana Whitfield", "We still need two more rack switches for the lab."],
    ["Dana Whitfield", "We need the ability to restore snapshots across regions."],
    ["Dana Whitfield", "What we need is patience."],
    ["Dana Whitfield", "I'll send the pricing sheet to finance."],
  ]);
  const switches = c.find((x) => /rack switches/.test(x.action));
  assert.equal(switches?.action, "get two more rack switches for the lab.");
  assert.equal(switches?.owner, "Dana Whitfield");
  assert.equal(c.find((x) => /snapshots/.test(x.action))?.action, "restore snapshots across regions.");
  assert.equal(c.some((x) => /patience/.test(x.action)), false);
  const send = c.find((x) => x.verb === "send")!;
  assert.ok(send.score > switches!.score, "a promise outranks a stated need");
});

test("a proposal put as 'can we …?' is not weakened as a question; a conditional 'can we' still is", () => {
  const c = commitmentsOf([
    ["Dana Whitfield", "Marco, can we set up a separate review track for the billing service?"],
    ["Dana Whitfield", "If the budget allows can we order the spare drives?"],
  ]);
  const set = c.find((x) => x.verb === "set")!;
  const order = c.find((x) => x.verb === "order")!;
  assert.ok(set.score >= 2.2, JSON.stringify([set.action, set.score]));
  assert.ok(order.score < set.score - 1, JSON.stringify([order.action, order.score]));
});

test("acted-out speech, promises inside a noun phrase and that-clauses of noticing are not tasks", () => {
  const c = commitmentsOf([
    ["Jason Vallery", "The vendor's like, oh, I'll ship the whole rack by Monday."],
    ["Jason Vallery", "Most of the things we need to build for the launch are in the billing service."],
    ["Dana Whitfield", "You'll find that Marco isn't too deep into the numbers."],
    ["Jason Vallery", "I'll send the rollout checklist to the vendor tomorrow."],
  ]);
  const score = (re: RegExp) => c.find((x) => re.test(x.action))?.score ?? -Infinity;
  const send = score(/^send the rollout/);
  assert.ok(send >= 3, JSON.stringify(c.map((x) => [x.action, x.score])));
  for (const re of [/^ship the whole rack/, /^build for the launch/, /^find that Marco/]) assert.ok(score(re) < 2, `${re}: ${JSON.stringify(c.map((x) => [x.action, x.score]))}`);
});

test("what the listener will get is a prediction, and a promise inside 'the chances that you'll give me' is no task", () => {
  const c = commitmentsOf([
    ["Dana Whitfield", "On the premium tier you'll get about two milliseconds to first byte from next week."],
    ["Jason Vallery", "I want the opportunities that you'll give me next week to present the roadmap."],
    ["Dana Whitfield", "You'll get the signed contract to Marco by Friday."],
  ]);
  const score = (re: RegExp) => c.find((x) => re.test(x.action))?.score ?? -Infinity;
  assert.ok(score(/^get about two/) < 2, JSON.stringify(c.map((x) => [x.action, x.score])));
  assert.ok(score(/^give me next week/) < 2, JSON.stringify(c.map((x) => [x.action, x.score])));
  assert.ok(score(/^get the signed contract/) >= 2.6, JSON.stringify(c.map((x) => [x.action, x.score])));
});

test("'him' in a commitment is the person just named, never the speaker or someone the action names", () => {
  const c = commitmentsOf([
    ["Dana Whitfield", "Have you met Marco yet?"],
    ["Jason Vallery", "Not yet, I'll set up a one-on-one with him next week."],
  ]);
  assert.match(c.find((x) => x.verb === "set")!.action, /^set up a one-on-one with Marco next week/);
  const same = commitmentsOf([
    ["Dana Whitfield", "Marco asked about the offsite."],
    ["Jason Vallery", "I'll book a table for him with Marco's team."],
  ]);
  assert.match(same.find((x) => x.verb === "book")!.action, /for him with Marco/);
});

test("steering the meeting itself ('let me pull up the deck', 'can you open that file?') is no task", () => {
  const c = commitmentsOf([
    ["Jason Vallery", "Let me pull up the roadmap deck from last quarter."],
    ["Jason Vallery", "Can you open that file for me, Dana?"],
    ["Jason Vallery", "I'll close the webinar and open it up for questions."],
    ["Dana Whitfield", "I want to spend like the last 10 minutes on the hiring plan today."],
    ["Dana Whitfield", "The call is about to end, let me send another Zoom link on Slack right now."],
    ["Jason Vallery", "I'll share the roadmap deck with the board tomorrow."],
  ]);
  const score = (re: RegExp) => c.find((x) => re.test(x.action))?.score ?? -Infinity;
  assert.ok(score(/^share the roadmap deck/) >= 3, JSON.stringify(c.map((x) => [x.action, x.score])));
  for (const re of [/^pull up/, /^open that file/, /^close the webinar/, /^spend like the last/, /^send another Zoom link/]) assert.ok(score(re) < 2, `${re}: ${JSON.stringify(c.map((x) => [x.action, x.score]))}`);
});

test("a promise inside a question or a relative clause is no commitment", () => {
  const c = commitmentsOf([
    ["Jason Vallery", "How do we want to send the launch message to the field tomorrow?"],
    ["Dana Whitfield", "Is there anyone I can connect the storage team with tomorrow?"],
    ["Dana Whitfield", "You think I can send the pricing sheet to the field by Friday."],
    ["Jason Vallery", "I'll send the launch message to the field tomorrow."],
  ]);
  const scores = c.map((x) => [x.sentence.text.slice(0, 12), x.score] as const);
  assert.ok(c.filter((x) => /^(?:How|Is there|You think)/.test(x.sentence.text)).every((x) => x.score < 2), JSON.stringify(scores));
  assert.ok(c.some((x) => /^I'll send/.test(x.sentence.text) && x.score >= 3), JSON.stringify(scores));
});

test("'someday' is no time for a task, and 'decide next week that …' states a decision, not a task", () => {
  const c = commitmentsOf([
    ["Jason Vallery", "I'll send you the pricing debate notes someday."],
    ["Jason Vallery", "Marco will decide next week that the pilot is over."],
    ["Jason Vallery", "I'll find an open slot that works for the whole team tomorrow."],
  ]);
  const scores = JSON.stringify(c.map((x) => [x.action, x.score]));
  assert.ok(c.find((x) => x.verb === "send")!.score < 2.6, scores);
  assert.ok((c.find((x) => x.verb === "decide")?.score ?? -Infinity) < 2, scores);
  assert.ok(c.find((x) => x.verb === "find")!.score >= 3, scores);
});

test("'check with them' after 'we're working with X's team' is a check with that team", () => {
  const c = commitmentsOf([["Dana Whitfield", "We're working with the billing platform team on quotas, so we should check with them."]]);
  assert.match(c.find((x) => x.verb === "check")!.action, /^check with billing platform team/);
});

test("'that's why I'll …', 'by the way I'll …' and 'sometime next week' still make commitments", () => {
  const c = commitmentsOf([
    ["Jason Vallery", "That's why I'll send the capacity plan to finance tomorrow."],
    ["Jason Vallery", "By the way I'll book the offsite venue tomorrow."],
    ["Jason Vallery", "I'll send the signed contract to Marco sometime next week."],
  ]);
  const scores = JSON.stringify(c.map((x) => [x.action, x.score]));
  assert.equal(c.length, 3, scores);
  assert.ok(c.every((x) => x.score >= 3), scores);
});

test("another meeting proposed is a task to schedule it, beside the sentence's own promise", () => {
  const c = commitmentsOf([
    ["Dana Whitfield", "Thanks for walking me through it, next week we can do another one if you want."],
    ["Jason Vallery", "Feel free to schedule another call, and I'll send you the migration runbook."],
    ["Dana Whitfield", "After the demo he wanted to have a follow-up call with Marco."],
    ["Jason Vallery", "Sorry, I have another call at three."],
    ["Jason Vallery", "We can do another one of these demos for sales."],
  ]);
  const actions = c.map((x) => x.action);
  assert.ok(actions.includes("schedule a follow-up meeting"), JSON.stringify(actions));
  assert.ok(actions.includes("schedule a follow-up call"), JSON.stringify(actions));
  assert.ok(actions.some((a) => /^send you the migration runbook/.test(a)), JSON.stringify(actions));
  assert.ok(actions.includes("schedule a follow-up call with Marco"), JSON.stringify(actions));
  assert.equal(actions.filter((a) => a.startsWith("schedule a follow-up")).length, 3, JSON.stringify(actions));
  assert.equal(c.find((x) => x.action === "schedule a follow-up call")?.owner, "Dana Whitfield");
});

test("a trip announced with its dates or a plan to meet is a meeting in person there", () => {
  const c = commitmentsOf([
    ["Jason Vallery", "I'll be in Lisbon the 3rd through 5th of March, so we can sit down then."],
    ["Dana Whitfield", "I'm going to Oslo, and then a conference, so I'm busy for weeks."],
    ["Dana Whitfield", "I'll be in March too busy to travel."],
  ]);
  const actions = c.map((x) => x.action);
  assert.ok(actions.includes("meet in person in Lisbon"), JSON.stringify(actions));
  assert.equal(c.find((x) => x.action === "meet in person in Lisbon")?.owner, "Jason Vallery");
  assert.ok(!actions.some((a) => /Oslo|in March/.test(a)), JSON.stringify(actions));
});

test("a trip with no dates of its own and no plan to meet is no meeting", () => {
  const c = commitmentsOf([["Dana Whitfield", "I'm going to Oslo with Marco, and then December 15th is the first time I'm home."]]);
  assert.ok(!c.some((x) => /Oslo/.test(x.action)), JSON.stringify(c.map((x) => x.action)));
});

test("a person to see is the task: talk to X becomes meet with X, owned by who is to go", () => {
  const c = commitmentsOf([
    ["Jason Vallery", "For the pricing history I think you should talk to Marco."],
    ["Dana Whitfield", "Sure, and I'm going to speak with Marco about the renewal too."],
    ["Jason Vallery", "When you talk to Marco, mention the discount."],
  ]);
  const actions = c.map((x) => x.action);
  assert.equal(c.find((x) => x.action === "meet with Marco")?.owner, "Dana Whitfield", JSON.stringify(actions));
  assert.equal(c.find((x) => x.action === "meet with Marco about the renewal")?.owner, "Dana Whitfield", JSON.stringify(actions));
  assert.ok(!actions.some((a) => /discount/.test(a) && /^meet/.test(a)), JSON.stringify(actions));
});

test("walking the listener through something, or introducing what a team does, is explaining it in the meeting, not a task", () => {
  const c = commitmentsOf([
    ["Dana Whitfield", "I can walk you through the replication design, it's quick."],
    ["Dana Whitfield", "I'll introduce a little bit what my team is doing on replication."],
  ]);
  assert.ok(c.every((x) => x.score < 2), JSON.stringify(c.map((x) => [x.action, x.score])));
});

test("a task written from a template is marked so its short text is not read as a fragment", () => {
  const c = commitmentsOf([
    ["Jason Vallery", "I'll bring it up with Marco tomorrow."],
    ["Jason Vallery", "I'll send the pricing sheet to finance."],
  ]);
  assert.equal(c.find((x) => x.action === "discuss with Marco")?.templated, true, JSON.stringify(c.map((x) => x.action)));
  assert.equal(c.find((x) => x.verb === "send")?.templated, undefined);
});

test("'I'll check' after an if-clause checks the last such clause, and is not weakened as a condition", () => {
  const c = commitmentsOf([["Jason Vallery", "If we do meet there, I don't know if Marco is flying in for the launch or not, I'll check."]]);
  const check = c.find((x) => x.verb === "check");
  assert.equal(check?.action, "check whether Marco is flying in for the launch", JSON.stringify(c.map((x) => x.action)));
  const plain = commitmentsOf([["Jason Vallery", "If the budget is approved, I'll check the vendor list."]]).find((x) => x.verb === "check");
  assert.ok(check!.score > plain!.score, JSON.stringify([check!.score, plain!.score]));
});

test("finding a time next week is another meeting to schedule; finding time for a purpose is not", () => {
  const c = commitmentsOf([
    ["Jason Vallery", "Thanks for your time today, we'll find a time next week to keep going."],
    ["Dana Whitfield", "We should find some time to go into the pricing details."],
  ]);
  const actions = c.map((x) => x.action);
  assert.equal(c.find((x) => x.action === "schedule a follow-up meeting")?.owner, "Jason Vallery", JSON.stringify(actions));
  assert.equal(actions.filter((a) => a === "schedule a follow-up meeting").length, 1, JSON.stringify(actions));
});

test("a plain 'we will' is the team's plan or forecast, not a task; with a deliverable and a time it still is one", async () => {
  const { extractWithRules } = await import("../../src/extract/extract-with-rules.ts");
  const x = extractWithRules(
    transcript([
      ["Dana Whitfield", "We're going to build a much bigger partner channel across the region."],
      ["Jason Vallery", "Good. We need to update the partner pricing sheet for the region."],
      ["Dana Whitfield", "We'll send you the signed reseller contract by Friday."],
    ]),
    ctx,
  );
  const texts = x.tasks.map((t) => t.text);
  assert.ok(!texts.some((t) => /partner channel/.test(t)), JSON.stringify(texts));
  assert.ok(texts.some((t) => /pricing sheet/.test(t)), JSON.stringify(texts));
  assert.ok(texts.some((t) => /reseller contract/.test(t)), JSON.stringify(texts));
});

test("building the product is standing work, not a next step; building a deck or a BOM is a deliverable", () => {
  const c = commitmentsOf([
    ["Dana Whitfield", "We need to build a platform that fits every customer."],
    ["Dana Whitfield", "We need to build the comparison deck for the review."],
  ]);
  const score = (re: RegExp) => c.find((x) => re.test(x.sentence.text))?.score ?? -Infinity;
  assert.ok(score(/comparison deck/) >= score(/platform/) + 2, JSON.stringify(c.map((x) => [x.sentence.text, x.score])));
});

test("a promise whose verb names no action does not hide the next promise in the sentence", () => {
  const c = commitmentsOf([["Jason Vallery", "Okay I'll tag you in the thread, I'll send you the pricing sheet."]]);
  assert.equal(c[0]?.verb, "send", JSON.stringify(c));
  assert.match(c[0]!.action, /^send you the pricing sheet/);
});

test("a meeting already planned is the speaker's to attend, a meal with someone too", () => {
  const c = commitmentsOf([
    ["Jason Vallery", "I have a call with Marco on Friday."],
    ["Jason Vallery", "I'm having lunch with Marco on Thursday, so we'll see."],
  ]);
  const meet = c.filter((x) => x.verb === "meet").map((x) => x.action);
  assert.deepEqual(meet, ["meet with Marco on Friday", "meet with Marco on Thursday"], JSON.stringify(c));
});

test("answering a point, asking someone's take or summing up is done in the meeting, not a task", () => {
  const c = commitmentsOf([
    ["Jason Vallery", "Let me just answer your other point around the storage budget."],
    ["Jason Vallery", "I asked Marco, but I'll ask your take on the release cadence."],
    ["Jason Vallery", "Let me try and summarize what we need from the storage team."],
    ["Jason Vallery", "I'll summarize the notes and send them to the storage team."],
  ]);
  const score = (re: RegExp) => c.find((x) => re.test(x.sentence.text))?.score ?? -Infinity;
  const all = JSON.stringify(c.map((x) => [x.sentence.text, x.score]));
  assert.ok(score(/answer your other point/) < 1, all);
  assert.ok(score(/ask your take/) < 1, all);
  assert.ok(score(/try and summarize/) < 1, all);
  assert.ok(score(/summarize the notes/) >= 2, all);
});

test("what is said of a planned meeting stops where a second action starts", () => {
  const c = commitmentsOf([["Jason Vallery", "I have a call with the billing team tomorrow and put you all on the invite."]]);
  const meet = c.filter((x) => x.verb === "meet").map((x) => x.action);
  assert.deepEqual(meet, ["meet with the billing team tomorrow"], JSON.stringify(c));
});

test("a promise that is the verb of an if-clause is a condition, not a plan", () => {
  const [conditional] = commitmentsOf([["Jason Vallery", "If we want to move the archive into cold storage, we should treat that as a separate project."]]);
  const [plain] = commitmentsOf([["Jason Vallery", "We want to move the archive into cold storage, and treat that as a separate project."]]);
  assert.equal(conditional?.verb, "move");
  assert.ok(conditional!.score <= plain!.score - 2.5, JSON.stringify([conditional?.score, plain?.score]));
});

test("'please note' points at information, it asks for no action", () => {
  const [note] = commitmentsOf([["Dana Whitfield", "Please note, the deal desk will be meeting every day this week."]]);
  const [send] = commitmentsOf([["Dana Whitfield", "Please send the deal desk the signed quote."]]);
  assert.ok(note!.score <= send!.score - 2.5, JSON.stringify([note?.score, send?.score]));
});

test("a sentence the speaker broke off on a conjunction ranks lower than the same promise finished", () => {
  const [broken] = commitmentsOf([["Jason Vallery", "I'll get the storage offer to market, but"]]);
  const [whole] = commitmentsOf([["Jason Vallery", "I'll get the storage offer to market."]]);
  assert.ok(broken!.score <= whole!.score - 1.5, JSON.stringify([broken?.score, whole?.score]));
});

test("'below you'll find the recording' points at what is attached, it asks for no action", () => {
  assert.deepEqual(commitmentsOf([["Dana Whitfield", "Below you'll find the recording from the workshop."]]), []);
  assert.equal(commitmentsOf([["Dana Whitfield", "You'll find the recording from the workshop and send it to finance."]])[0]?.verb, "find");
});
