import { test } from "node:test";
import assert from "node:assert/strict";
import { extractWithRules } from "../../src/extract/index.ts";
import { buildTurns } from "../../src/extract/build-turns.ts";
import { densestClause } from "../../src/extract/densest-clause.ts";
import { keyTerms } from "../../src/extract/key-terms.ts";
import { resolveSpeakers } from "../../src/extract/resolve-speakers.ts";
import { summaryFrame } from "../../src/extract/summary-frame.ts";
import { firstTellingClause } from "../../src/extract/first-telling-clause.ts";
import { readsAsStatement } from "../../src/extract/summarize.ts";
import { topicPhrases } from "../../src/extract/topic-phrases.ts";
import { versionNumbers } from "../../src/extract/version-numbers.ts";
import { ctx, transcript } from "./source-fixtures.ts";

/** A planning call between the vault owner and Priya about a billing migration (invented). */
function billingCall() {
  return transcript(
    [
      ["Jason Vallery", "So the billing migration is the big item. The ledger service has to move before the billing migration can start."],
      ["Priya Raman", "Right. The ledger service runs on the old cluster, and the billing migration needs the new cluster in Frankfurt."],
      ["Jason Vallery", "I think the Frankfurt cluster is ready, you know, but the ledger service still needs a load test."],
      ["Priya Raman", "We want to run the load test next week. The billing migration should start in March, after the ledger service moves."],
      ["Jason Vallery", "Okay. We'll run the invoice export on the Frankfurt cluster too. The invoice export is small."],
      ["Priya Raman", "I'll send the cutover plan for the billing migration by Friday."],
    ],
    { title: "Billing migration", participantsHint: ["Priya Raman"] },
  );
}

function sentencesOf(doc: ReturnType<typeof transcript>) {
  return buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
}

test("topic phrases: a key term grows into the phrase the speakers keep saying", () => {
  const sentences = sentencesOf(billingCall());
  const phrases = topicPhrases(sentences, keyTerms(sentences, ["Jason Vallery", "Priya Raman"]), 6);
  assert.ok(phrases.includes("billing migration"), JSON.stringify(phrases));
  assert.ok(phrases.includes("ledger service"), JSON.stringify(phrases));
  // No word is named twice: "cluster" is inside one phrase only.
  const words = phrases.flatMap((p) => p.toLowerCase().split(/\s+/));
  assert.equal(new Set(words).size, words.length, JSON.stringify(phrases));
});

test("topic phrases: a word the speakers use as a verb is not a topic on its own", () => {
  const doc = transcript([
    ["Jason Vallery", "We need to run the numbers on the pricing model. I can run it tonight."],
    ["Priya Raman", "Let's run the pricing model again with the discount. The discount changes the pricing model."],
    ["Jason Vallery", "I'll run it with the discount and the pricing model from last quarter."],
  ]);
  const sentences = sentencesOf(doc);
  const phrases = topicPhrases(sentences, keyTerms(sentences, ["Jason Vallery", "Priya Raman"]), 5);
  assert.ok(phrases.includes("pricing model"), JSON.stringify(phrases));
  assert.ok(!phrases.includes("run"), JSON.stringify(phrases));
});

test("topic phrases: a gerund qualifies a topic but is none on its own; a participle joins no phrase", () => {
  const doc = transcript([
    ["Jason Vallery", "Our process called release train is slow. Testing is slow too, and testing takes days."],
    ["Priya Raman", "The process called release train ships monthly. Testing again next week, because testing never ends."],
    ["Jason Vallery", "Yes, the release train ships the billing export, and the billing export waits on testing."],
  ]);
  const sentences = sentencesOf(doc);
  const phrases = topicPhrases(sentences, keyTerms(sentences, ["Jason Vallery", "Priya Raman"]), 6);
  assert.ok(phrases.some((p) => p.startsWith("release train")), JSON.stringify(phrases));
  assert.ok(phrases.includes("billing export"), JSON.stringify(phrases));
  assert.ok(!phrases.some((p) => /^testing$/i.test(p)), JSON.stringify(phrases));
  assert.ok(!phrases.some((p) => /\bcalled\b/.test(p)), JSON.stringify(phrases));
});

test("densest clause: a long spoken sentence is cut to the clause that carries its key terms", () => {
  const weights = new Map([
    ["ledger", 1],
    ["servic", 1],
    ["service", 1],
    ["cluster", 1],
    ["frankfurt", 1],
  ]);
  const text = "Honestly I was not sure about it at first, but the ledger service will move to the Frankfurt cluster in March, which everybody agreed on";
  assert.equal(densestClause(text, weights), "The ledger service will move to the Frankfurt cluster in March");
  assert.equal(densestClause("The ledger service moves in March", weights), "The ledger service moves in March");
});

test("summary frame: a readable lead with a few topics, the rest as 'Also covered' unless the closing lines name them", () => {
  const frame = summaryFrame({
    noteType: "meeting",
    participants: ["Jason Vallery", "Priya Raman"],
    topics: ["billing migration", "ledger service", "Frankfurt cluster", "load test", "invoice export", "cutover plan", "March", "pricing page"],
    decisions: ["Start the billing migration in March"],
    tasks: [{ text: "Send the cutover plan", owner: "Priya Raman", due: null, priority: null }],
    ownerName: "Jason Vallery",
  });
  assert.equal(frame.lead, "Jason and Priya discussed billing migration, ledger service, Frankfurt cluster, load test and invoice export.");
  assert.deepEqual(frame.outcomes, ["Aligned on: start the billing migration in March.", "Plan: Priya to send the cutover plan.", "Also covered: pricing page."]);
  const team = summaryFrame({ noteType: "meeting", participants: ["Ann Lee", "Bo Chen", "Cy Diaz", "Di Fox"], topics: ["roadmap"], decisions: [], tasks: [], ownerName: "Jason Vallery" });
  assert.equal(team.lead, "The team discussed roadmap.");
  const withOwner = summaryFrame({ noteType: "meeting", participants: ["Jason Vallery", "Ann Lee", "Bo Chen"], topics: ["roadmap"], decisions: [], tasks: [], ownerName: "Jason Vallery" });
  assert.equal(withOwner.lead, "Jason and the team discussed roadmap.");
  const thread = summaryFrame({ noteType: "email", participants: ["Ann Lee", "Bo Chen", "Cy Diaz"], topics: ["roadmap"], decisions: [], tasks: [], ownerName: "Jason Vallery" });
  assert.equal(thread.lead, "Ann, Bo and Cy wrote about roadmap.");
  const named = summaryFrame({ noteType: "meeting", participants: ["Ann Lee"], topics: ["customer", "data", "Azure", "roadmap", "GPU cluster", "budget", "MAI", "price"], decisions: [], tasks: [], ownerName: "Jason Vallery" });
  assert.equal(named.lead, "Ann discussed customer, data, Azure, GPU cluster and MAI.");
  assert.deepEqual(named.outcomes, ["Also covered: roadmap, budget and price."]);
  const focused = summaryFrame({
    noteType: "meeting",
    participants: ["Jason Vallery", "Priya Raman"],
    topics: [],
    decisions: ["We will sort that out", "The billing migration starts in March"],
    tasks: [
      { text: "Take a look at it", owner: "Jason Vallery", due: null, priority: null },
      { text: "Book a room", owner: "Jason Vallery", due: null, priority: null },
      { text: "Send the billing migration plan", owner: "Priya Raman", due: null, priority: null },
    ],
    ownerName: "Jason Vallery",
    termWeight: new Map([["bill", 1], ["migration", 1]]),
  });
  assert.deepEqual(focused.outcomes, ["Aligned on: the billing migration starts in March.", "Plan: Priya to send the billing migration plan; Jason to book a room."]);
  // A question or a piece with a stray quote is not what the meeting aligned on.
  const weights = new Map([["bill", 1], ["migration", 1], ["ledger", 1]]);
  for (const said of ["Ask Bob, how does the billing migration look in March", 'We will lose the billing migration." a ledger talk']) {
    const frame = summaryFrame({ noteType: "meeting", participants: ["Priya Raman"], topics: [], decisions: [said], tasks: [], ownerName: "Jason Vallery", termWeight: weights });
    assert.deepEqual(frame.outcomes, [], said);
  }
  // A vague agreement that names none of the key terms is not what the meeting aligned on.
  const vague = summaryFrame({ noteType: "meeting", participants: ["Priya Raman"], topics: [], decisions: ["We will sort that out"], tasks: [], ownerName: "Jason Vallery", termWeight: new Map([["bill", 1], ["migration", 1]]) });
  assert.deepEqual(vague.outcomes, []);
  // "invoices" is the topic the step names as "invoice": not listed again.
  const plural = summaryFrame({
    noteType: "meeting",
    participants: ["Priya Raman"],
    topics: ["ledger service", "Frankfurt cluster", "load test", "cutover plan", "release train", "invoices", "pricing page"],
    decisions: [],
    tasks: [{ text: "Check the invoice totals", owner: "Priya Raman", due: null, priority: null }],
    ownerName: "Jason Vallery",
  });
  assert.deepEqual(plural.outcomes, ["Plan: Priya to check the invoice totals.", "Also covered: pricing page."]);
  // A short, concrete step goes before a long one that merely mentions more key terms.
  const concise = summaryFrame({
    noteType: "meeting",
    participants: ["Jason Vallery", "Priya Raman"],
    topics: [],
    decisions: [],
    tasks: [
      { text: "Go over the whole billing migration and the ledger with everybody on the team once we are all back next month", owner: "Jason Vallery", due: null, priority: null },
      { text: "Check the billing migration", owner: "Priya Raman", due: null, priority: null },
    ],
    ownerName: "Jason Vallery",
    termWeight: new Map([["bill", 1], ["migration", 1], ["ledger", 1]]),
  });
  assert.match(concise.outcomes[0]!, /^Plan: Priya to check the billing migration; Jason to go over/);
  const email = summaryFrame({ noteType: "email", participants: ["Priya Raman"], topics: ["a", "b", "c", "d", "e", "f"], decisions: [], tasks: [], ownerName: "Jason Vallery" });
  assert.deepEqual(email.outcomes, ["Also covered: f."]);
});

test("summary: opens with who met and the topic phrases, not a keyword list, and stays free of talk", () => {
  const x = extractWithRules(billingCall(), ctx);
  assert.match(x.summary, /^Jason and Priya discussed /);
  assert.doesNotMatch(x.summary, /In this meeting/);
  assert.match(x.summary, /billing migration/);
  assert.doesNotMatch(x.summary, /\b(?:I think|you know|okay)\b/i);
});

test("key terms: a common word the speakers mostly use as a verb ranks below the nouns they talk about", () => {
  const sentences = sentencesOf(
    transcript([
      ["Jason Vallery", "We need to connect the gateway to the warehouse. Can you connect it today?"],
      ["Priya Raman", "I will connect the gateway after lunch. The warehouse has a new gateway."],
      ["Jason Vallery", "Great, then we connect the warehouse dashboard too."],
    ]),
  );
  const order = keyTerms(sentences, ["Jason Vallery", "Priya Raman"]).map((t) => t.term);
  assert.ok(order.indexOf("connect") > order.indexOf("gateway"), JSON.stringify(order));
  assert.ok(order.indexOf("connect") > order.indexOf("warehouse"), JSON.stringify(order));
});

test("summary statements: whole sentences only, never cut-off or stuttering pieces", () => {
  assert.ok(readsAsStatement("The Frankfurt cluster hosts the ledger service today."));
  assert.ok(!readsAsStatement("So the billing migration and the ledger service are."), "dangling end");
  assert.ok(!readsAsStatement("The ledger service runs. the billing migration cluster runs."), "two sentences run together");
  assert.ok(!readsAsStatement("It is a It is the ledger service that moves."), "stutter");
  assert.ok(!readsAsStatement("say the ledger service moves."), "no capital: a piece of a sentence");
  assert.ok(!readsAsStatement("The ledger service sends its metrics (latency."), "an unclosed parenthesis");
  assert.ok(!readsAsStatement("How does the ledger service look on the new cluster."), "a question without its mark");
  assert.ok(!readsAsStatement("Can you move the ledger service to the new cluster."), "a request phrased as a question");
  assert.ok(readsAsStatement("What they need is the ledger service on the new cluster."), "a statement opening with 'what'");
});

test("key terms: transcribers' sound notes are not topics", () => {
  const sentences = sentencesOf(
    transcript([
      ["Jason Vallery", "Applause. The gateway rollout starts Monday. Applause."],
      ["Priya Raman", "Music. The gateway rollout needs the new firmware. Music. Silence."],
      ["Jason Vallery", "Silence. The firmware ships Friday."],
    ]),
  );
  const terms = keyTerms(sentences, ["Jason Vallery", "Priya Raman"]).map((t) => t.term.toLowerCase());
  assert.ok(terms.includes("gateway"), JSON.stringify(terms));
  for (const note of ["applause", "music", "silence"]) assert.ok(!terms.includes(note), JSON.stringify(terms));
});

test("summary of a meeting: who met and what about, what they aligned on and next steps, no spoken statements", () => {
  const x = extractWithRules(billingCall(), ctx);
  // Every sentence is part of the frame: the lead or a labelled closing line, never a quoted remark.
  const sentences = x.summary.split(/(?<=\.)\s+(?=[A-Z])/);
  assert.match(sentences[0]!, /^Jason and Priya discussed /);
  for (const s of sentences.slice(1)) assert.match(s, /^(?:Aligned on|Plan|Also covered): /);
});

test("version numbers: a release said again and again is a topic, a quantity is not", () => {
  const doc = transcript([
    ["Jason Vallery", "Is the quota fix in 3.2 or 3.3? We need 2.5 million requests a day to work in 3.2."],
    ["Priya Raman", "It is in 3.3. The 3.2 branch is frozen; 3.3 has the fix, and 3.3 ships in June."],
    ["Jason Vallery", "So 3.3 it is. We saw 2.5 million errors last week and 2.5 million the week before, 2.5 million again today."],
    ["Priya Raman", "Right, 3.2 stays frozen and 3.2 gets no more fixes."],
  ]);
  const sentences = sentencesOf(doc);
  // Both releases are named five times (the one named first leads); "2.5 million" is a quantity.
  assert.deepEqual(versionNumbers(sentences, 5), ["3.2", "3.3"]);
  const x = extractWithRules(doc, ctx);
  assert.match(x.summary, /\b3\.3\b/);
});

test("first telling clause: a step or decision is cut to its first clause that names a key term", () => {
  const weights = new Map([["rdma", 1], ["ledger", 1], ["bill", 1], ["migration", 1]]);
  assert.equal(firstTellingClause("Get RDMA between the new nodes to establish the cluster and to have lower latency", weights), "Get RDMA between the new nodes");
  assert.equal(firstTellingClause("Move the ledger first, because the billing migration depends on it", weights), "Move the ledger first");
  // The first clause names no key term: the next one is kept with it.
  assert.equal(firstTellingClause("Call them tomorrow and check the ledger totals, then report back", weights), "Call them tomorrow and check the ledger totals");
  // "to the team" is not a purpose clause; a text that names no key term comes back whole.
  assert.equal(firstTellingClause("Send the ledger to the team", weights), "Send the ledger to the team");
  assert.equal(firstTellingClause("Book a room, and order lunch", weights), "Book a room, and order lunch");
  // A second sentence run into the first one is cut off.
  assert.equal(firstTellingClause("The ledger moves first for testing. say the system", weights), "The ledger moves first for testing");
  // Never a stub or a clause cut mid-phrase.
  assert.equal(firstTellingClause("Ledger, then the rest", weights), "Ledger, then the rest");
});

test("summary frame: one person's next steps read as one, each cut to its gist", () => {
  const frame = summaryFrame({
    noteType: "meeting",
    participants: ["Jason Vallery", "Priya Raman"],
    topics: [],
    decisions: [],
    tasks: [
      { text: "Send the billing migration plan to Jason so he can review it before Friday", owner: "Priya Raman", due: null, priority: null },
      { text: "Check the ledger totals", owner: "Priya Raman", due: null, priority: null },
    ],
    ownerName: "Jason Vallery",
    termWeight: new Map([["bill", 1], ["migration", 1], ["ledger", 1]]),
  });
  assert.deepEqual(frame.outcomes, ["Plan: Priya to send the billing migration plan to Jason and check the ledger totals."]);
});

test("topic phrases: a gerund the speakers keep saying as a noun is a topic on its own", () => {
  const doc = transcript([
    ["Jason Vallery", "The planning for the warehouse move is late. Our planning assumed the forklifts arrive in May."],
    ["Priya Raman", "The forklifts are ordered. The planning needs the dock layout, and the dock layout needs the forklifts."],
    ["Jason Vallery", "We're waiting on the landlord. We're waiting on the permit too, for the dock layout."],
  ]);
  const sentences = sentencesOf(doc);
  const phrases = topicPhrases(sentences, keyTerms(sentences, ["Jason Vallery", "Priya Raman"]), 6);
  assert.ok(phrases.includes("planning"), JSON.stringify(phrases));
  // Said only as a verb ("we're waiting"), a gerund stays out.
  assert.ok(!phrases.includes("waiting"), JSON.stringify(phrases));
});

test("topic phrases: a word said mostly as the head of an 'X of Y' is not a topic on its own", () => {
  const doc = transcript([
    ["Jason Vallery", "In terms of the freezer, the compressor failed. In terms of cost, the compressor is cheap."],
    ["Priya Raman", "The compressor ships Monday. In terms of the warranty, the freezer is covered."],
    ["Jason Vallery", "Good. The freezer and the compressor, in terms of timing, are fine."],
  ]);
  const sentences = sentencesOf(doc);
  const phrases = topicPhrases(sentences, keyTerms(sentences, ["Jason Vallery", "Priya Raman"]), 6);
  assert.ok(phrases.includes("compressor") && phrases.includes("freezer"), JSON.stringify(phrases));
  assert.ok(!phrases.includes("terms"), JSON.stringify(phrases));
});
