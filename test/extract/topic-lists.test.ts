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
