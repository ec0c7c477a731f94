import { test } from "node:test";
import assert from "node:assert/strict";
import { buildTurns } from "../../src/extract/build-turns.ts";
import { keyTerms } from "../../src/extract/key-terms.ts";
import { resolveSpeakers } from "../../src/extract/resolve-speakers.ts";
import { spellingVariants } from "../../src/extract/spelling-variants.ts";
import { topicPhrases } from "../../src/extract/topic-phrases.ts";
import { ctx, transcript } from "./source-fixtures.ts";

const PEOPLE = ["Jason Vallery", "Priya Raman"];

function topicsOf(turns: [string, string][], limit = 12): string[] {
  const doc = transcript(turns);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  return topicPhrases(sentences, keyTerms(sentences, PEOPLE), limit);
}

test("spelling variants: a name spelled two ways, never two common words", () => {
  assert.ok(spellingVariants("Kafkah", "Kafka"));
  assert.ok(spellingVariants("Centre", "Center"));
  assert.ok(!spellingVariants("data", "date"));
  assert.ok(!spellingVariants("Kafka", "Kafkaesque"));
});

test("topic lists: a transcriber's other spelling of a listed topic is not listed again", () => {
  const topics = topicsOf([
    ["Jason Vallery", "Kafka is the bottleneck. The Kafka cluster drops messages when the ledger backs up."],
    ["Priya Raman", "We moved Kafka to new disks. The ledger still lags behind Kafka by an hour."],
    ["Jason Vallery", "So the Kafkah consumers need more partitions, and the Kafkah consumers decide the ledger throughput."],
    ["Priya Raman", "Kafka partitions are cheap. The ledger team owns the Kafka config."],
  ]);
  assert.ok(topics.includes("Kafka") || topics.some((t) => t.startsWith("Kafka ")), JSON.stringify(topics));
  assert.ok(!topics.some((t) => /Kafkah/.test(t)), JSON.stringify(topics));
});

test("topic lists: the call itself (sharing a screen, a break) is not a topic", () => {
  const topics = topicsOf([
    ["Jason Vallery", "Let me share my screen. Can you see my screen with the invoice backlog?"],
    ["Priya Raman", "Yes, I see the screen. The invoice backlog grew after the tax update."],
    ["Jason Vallery", "Okay, I'll stop sharing. The tax update broke the invoice backlog job. Stop sharing now."],
    ["Priya Raman", "Let's take a short break after this. The tax update needs a rollback. After the break we plan it."],
  ]);
  assert.ok(topics.some((t) => /invoice backlog/.test(t)), JSON.stringify(topics));
  assert.ok(!topics.some((t) => /screen|sharing|break/i.test(t)), JSON.stringify(topics));
});

test("topic lists: a lone adjective, number word or pro-form is not a topic; a plural makes it a noun", () => {
  const topics = topicsOf([
    ["Jason Vallery", "The fleet rollout takes a full quarter. The third region is risky and the entire plan depends on it."],
    ["Priya Raman", "A full backup comes first in the third week. The ones in Ohio go first, and the entire fleet after them."],
    ["Jason Vallery", "The fleet has two majors left and the majors decide the rollout. The ones in Ohio are old."],
    ["Priya Raman", "Then we need full coverage before the third patch. The entire team agrees: the fleet, the major and the minor."],
  ], 20);
  for (const junk of ["full", "entire", "third", "ones"]) assert.ok(!topics.includes(junk), `${junk}: ${JSON.stringify(topics)}`);
  assert.ok(topics.includes("major") || topics.includes("majors"), JSON.stringify(topics));
});

test("topic lists: a word said as a verb ('it works', 'set up') is not a topic", () => {
  const topics = topicsOf([
    ["Jason Vallery", "The exporter works now. It works on the staging cluster and that works for the auditors."],
    ["Priya Raman", "Set up the staging cluster again then. I set up alerts for the exporter yesterday."],
    ["Jason Vallery", "Good, the auditors want the exporter logs. It works, so set up the nightly run for the auditors."],
    ["Priya Raman", "The staging cluster works. We set up the exporter there, and the staging cluster gets the auditors' logs."],
  ], 20);
  assert.ok(topics.some((t) => /exporter/.test(t)) && topics.some((t) => /staging cluster/.test(t)), JSON.stringify(topics));
  for (const verb of ["works", "set"]) assert.ok(!topics.includes(verb), `${verb}: ${JSON.stringify(topics)}`);
});

test("topic lists: an -s verb form does not count against a noun that shares its stem", () => {
  const topics = topicsOf([
    ["Jason Vallery", "The new sites open in May. Each of the sites needs a generator and a fiber link."],
    ["Priya Raman", "The budget sits with finance. It sits there until the sites are signed."],
    ["Jason Vallery", "Then the sites get the generator first. The fiber link sits behind the generator in the plan."],
  ], 20);
  assert.ok(topics.includes("sites"), JSON.stringify(topics));
});

test("topic lists: a word shaped like an adjective is a topic only when also said as a noun", () => {
  const topics = topicsOf([
    ["Jason Vallery", "The logistical problems start at the depot. Logistical costs doubled and nobody owns the depot."],
    ["Priya Raman", "Then the depot needs a new metric. The metric is on-time loads, and the logistical side follows the metric."],
    ["Jason Vallery", "Agreed, the depot gets the metric. Nobody else tracks logistical delays there."],
  ], 20);
  assert.ok(topics.includes("metric") && topics.includes("depot"), JSON.stringify(topics));
  for (const junk of ["logistical", "nobody"]) assert.ok(!topics.includes(junk), `${junk}: ${JSON.stringify(topics)}`);
});

test("topic lists: a phrase writes a name as the speakers' text mostly does", () => {
  const topics = topicsOf([
    ["Jason Vallery", "We moved to Redpanda last month. Redpanda is cheaper than the old broker, and Redpanda handles the spikes."],
    ["Priya Raman", "The redpanda consumers lag though. The redpanda consumers need more memory than Redpanda itself."],
    ["Jason Vallery", "Then give the redpanda consumers the memory. We keep Redpanda, and we pay for Redpanda support from Redpanda Labs."],
  ], 10);
  assert.ok(topics.includes("Redpanda consumers"), JSON.stringify(topics));
});

test("topic lists: a part of a listed hyphenated word is not listed again", () => {
  const topics = topicsOf([
    ["Jason Vallery", "The multi-region failover failed twice. The multi-region failover needs a runbook, and the multi-region failover drill is late."],
    ["Priya Raman", "The multi-region failover drill moves to May. The second region is cold, and the region has no runbook."],
    ["Jason Vallery", "Then the runbook covers the multi-region failover first. The region question comes after the runbook."],
  ], 12);
  assert.ok(topics.some((t) => /multi-region/i.test(t)), JSON.stringify(topics));
  assert.ok(!topics.includes("region"), JSON.stringify(topics));
});
