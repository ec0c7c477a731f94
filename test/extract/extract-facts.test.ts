import { test } from "node:test";
import assert from "node:assert/strict";
import { buildTurns } from "../../src/extract/build-turns.ts";
import { extractFacts, rankFactCandidates } from "../../src/extract/extract-facts.ts";
import { resolveSpeakers } from "../../src/extract/resolve-speakers.ts";
import { scoreCentrality } from "../../src/extract/score-centrality.ts";
import { ctx, transcript } from "./source-fixtures.ts";

test("facts are the sentences dense in numbers, names and dates, not chatter or questions", () => {
  const doc = transcript([
    ["Dana Whitfield", "How are you doing today? Good to see you."],
    ["Jason Vallery", "I think it was kind of a long week, honestly."],
    ["Dana Whitfield", "The Azure cluster in East US 2 has 96 nodes and 40 gigabit networking."],
    ["Jason Vallery", "What do you think about that?"],
    ["Dana Whitfield", "Microsoft plans the LSV5 preview for Q1 and production in Q2 next year."],
  ]);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const facts = extractFacts(sentences, { limit: 2, centrality: scoreCentrality(sentences), exclude: new Set() });
  assert.deepEqual(
    facts.map((f) => f.text),
    ["The Azure cluster in East US 2 has 96 nodes and 40 Gbps networking.", "Microsoft plans the LSV5 preview for Q1 and production in Q2 next year."],
  );
});

test("a fact reads as a note: numbers in digits, units as symbols, no framing or asides", () => {
  const doc = transcript([
    ["Dana Whitfield", "It seems that the new archive tier, I apologize, holds about two petabytes at twenty five gigabytes per second."],
    ["Jason Vallery", "Okay, thanks."],
  ]);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const facts = extractFacts(sentences, { limit: 1, centrality: scoreCentrality(sentences), exclude: new Set() });
  assert.deepEqual(
    facts.map((f) => f.text),
    ["The new archive tier holds ~2 PB at 25 GB/s."],
  );
});

test("between nearly equally concrete statements, the shorter and earlier one ranks first", () => {
  const doc = transcript([
    ["Dana Whitfield", "Helix stores 40 TB in the Oslo site."],
    ["Jason Vallery", "Okay."],
    ["Dana Whitfield", "We talked for a while about the weather and the coffee before anything else."],
    ["Jason Vallery", "Sure."],
    ["Dana Whitfield", "Borealis stores 40 TB in the Bergen site for Acme with the older drives from the previous refresh."],
  ]);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const facts = extractFacts(sentences, { limit: 1, centrality: scoreCentrality(sentences), exclude: new Set() });
  assert.deepEqual(facts.map((f) => f.text), ["Helix stores 40 TB in the Oslo site."]);
});

test("what a speaker says of themselves is told in the third person", () => {
  const doc = transcript([
    ["Dana Whitfield", "I lead the archive team of 12 engineers in Oslo."],
    ["Jason Vallery", "Okay."],
  ]);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const facts = extractFacts(sentences, { limit: 1, centrality: scoreCentrality(sentences), exclude: new Set() });
  assert.deepEqual(facts.map((f) => f.text), ["Dana leads the archive team of 12 engineers in Oslo."]);
});

test("a story of what the speakers did ranks below a statement of what holds", () => {
  const doc = transcript([
    ["Dana Whitfield", "We visited the Bergen plant with Acme 3 weeks ago and met 2 of their engineers."],
    ["Jason Vallery", "Okay."],
    ["Dana Whitfield", "The Bergen plant runs 12 racks of Helix storage."],
  ]);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const facts = extractFacts(sentences, { limit: 1, centrality: scoreCentrality(sentences), exclude: new Set() });
  assert.deepEqual(facts.map((f) => f.text), ["The Bergen plant runs 12 racks of Helix storage."]);
});

test("a statement the speaker says they are unsure of ranks down, also once its contraction is written out", () => {
  const score = (line: string) => {
    const doc = transcript([["Dana Whitfield", line], ["Jason Vallery", "Okay."]]);
    const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
    return rankFactCandidates(sentences, { centrality: scoreCentrality(sentences), exclude: new Set() })[0]!.score;
  };
  const plain = score("The Bergen plant runs 40 racks for the archive team in Oslo.");
  assert.ok(score("The Bergen plant, I don't know exactly, runs 40 racks for the archive team in Oslo.") < plain - 1.5);
});

test("a story told about someone by name ranks down too", () => {
  const doc = transcript([
    ["Jason Vallery", "Dana met the Bergen team and counted 12 racks of Helix storage."],
    ["Dana Whitfield", "Okay."],
    ["Jason Vallery", "The Bergen plant runs 12 racks of Helix storage."],
  ]);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const facts = extractFacts(sentences, { limit: 1, centrality: scoreCentrality(sentences), exclude: new Set() });
  assert.deepEqual(facts.map((f) => f.text), ["The Bergen plant runs 12 racks of Helix storage."]);
});

test("a line that opens with a condition or a connective is not a fact on its own", () => {
  const doc = transcript([
    ["Dana Whitfield", "If Helix runs 40 racks on bare metal for Acme in Q2 versus 12 virtualized nodes, that might change."],
    ["Jason Vallery", "Okay."],
    ["Dana Whitfield", "Also Acme because it is the second site, 2 PB in Oslo starting in March."],
    ["Jason Vallery", "Sure."],
    ["Dana Whitfield", "The Bergen plant runs 12 racks of Helix storage."],
  ]);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const facts = extractFacts(sentences, { limit: 1, centrality: scoreCentrality(sentences), exclude: new Set() });
  assert.deepEqual(facts.map((f) => f.text), ["The Bergen plant runs 12 racks of Helix storage."]);
});

test("a line without its subject or holding a question is not a fact", () => {
  const doc = transcript([
    ["Dana Whitfield", "Was the business unit CFO at Acme for 6 years in Oslo and Bergen."],
    ["Jason Vallery", "Okay."],
    ["Dana Whitfield", "Are they 4K or 8K GPUs? with 160,000 GPUs in the Bergen data center."],
    ["Jason Vallery", "Sure."],
    ["Dana Whitfield", "The Bergen plant runs 12 racks of Helix storage."],
  ]);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const facts = extractFacts(sentences, { limit: 1, centrality: scoreCentrality(sentences), exclude: new Set() });
  assert.deepEqual(facts.map((f) => f.text), ["The Bergen plant runs 12 racks of Helix storage."]);
});

test("who does what ranks up: it has no number or acronym to rank it by", () => {
  const score = (line: string) => {
    const doc = transcript([["Dana Whitfield", line], ["Jason Vallery", "Okay."]]);
    const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
    return rankFactCandidates(sentences, { centrality: scoreCentrality(sentences), exclude: new Set() })[0]!.score;
  };
  assert.ok(score("Priya leads the archive program at the Oslo plant.") > score("Priya keeps the archive program at the Oslo plant.") + 0.5);
  assert.ok(score("Priya is a program manager at the Oslo plant.") > score("Priya is a regular visitor at the Oslo plant.") + 0.5);
});

test("what the vault owner says of himself is not news to him", () => {
  const doc = transcript([
    ["Jason Vallery", "I am flying to Oslo on Monday for the Helix launch with 12 engineers."],
    ["Dana Whitfield", "Okay."],
    ["Dana Whitfield", "The Bergen plant runs 12 racks of Helix storage."],
  ]);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const facts = extractFacts(sentences, { limit: 1, centrality: scoreCentrality(sentences), exclude: new Set(), ownerName: "Jason Vallery" });
  assert.deepEqual(facts.map((f) => f.text), ["The Bergen plant runs 12 racks of Helix storage."]);
  // Without an owner, the line is told about its speaker like any other.
  const anyone = extractFacts(sentences, { limit: 2, centrality: scoreCentrality(sentences), exclude: new Set() });
  assert.ok(anyone.some((f) => f.text.startsWith("Jason is flying to Oslo")));
});

test("a discourse marker bared by cutting the framing off goes too", () => {
  const doc = transcript([
    ["Dana Whitfield", "It seems that now the Bergen plant runs 12 racks of Helix storage."],
    ["Jason Vallery", "Okay."],
  ]);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const facts = extractFacts(sentences, { limit: 1, centrality: scoreCentrality(sentences), exclude: new Set() });
  assert.deepEqual(facts.map((f) => f.text), ["The Bergen plant runs 12 racks of Helix storage."]);
});

test("advice or a hypothetical in the second person is not a fact", () => {
  const doc = transcript([
    ["Dana Whitfield", "You need 2 DevOps engineers and 24/7 support for every Helix cluster in Oslo."],
    ["Jason Vallery", "Okay."],
    ["Dana Whitfield", "The Bergen plant runs 12 racks of Helix storage."],
  ]);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const facts = extractFacts(sentences, { limit: 1, centrality: scoreCentrality(sentences), exclude: new Set() });
  assert.deepEqual(facts.map((f) => f.text), ["The Bergen plant runs 12 racks of Helix storage."]);
});

test("the vault owner's 'I …' that cannot be retold in the third person is about him too", () => {
  const doc = transcript([
    ["Jason Vallery", "I have got syncs with Dana and the 12 Helix engineers in Oslo, I am meeting them in March."],
    ["Dana Whitfield", "Okay."],
    ["Dana Whitfield", "The Bergen plant runs 12 racks of Helix storage."],
  ]);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const facts = extractFacts(sentences, { limit: 1, centrality: scoreCentrality(sentences), exclude: new Set(), ownerName: "Jason Vallery" });
  assert.deepEqual(facts.map((f) => f.text), ["The Bergen plant runs 12 racks of Helix storage."]);
});
