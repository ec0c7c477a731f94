import { test } from "node:test";
import assert from "node:assert/strict";
import { extractWithRules } from "../../src/extract/index.ts";
import { buildTurns } from "../../src/extract/build-turns.ts";
import { namesUsedAsModifiers } from "../../src/extract/names-used-as-modifiers.ts";
import { resolveSpeakers } from "../../src/extract/resolve-speakers.ts";
import { ctx, transcript } from "./source-fixtures.ts";

/** A call about moving workloads to an (invented) cloud called Zephyr, with Marta mentioned (invented). */
function zephyrCall() {
  return transcript(
    [
      ["Jason Vallery", "We should talk to Marta about the move. We want to run the pilot with Zephyr this quarter."],
      ["Priya Raman", "The Zephyr region in Lisbon has capacity, and the Zephyr team said the quota is approved."],
      ["Jason Vallery", "Good. Marta said the contract is signed. The pilot needs the Zephyr storage tier for the archive."],
      ["Priya Raman", "I'll ask Marta for the budget. We deploy on Zephyr in March, the pilot first, then the archive."],
      ["Jason Vallery", "And the archive moves to Zephyr after the pilot. Let's review the pilot plan on Friday."],
    ],
    { title: "Zephyr pilot", participantsHint: ["Priya Raman"] },
  );
}

test("names used as modifiers: a name that qualifies nouns is a thing, a person's name is not", () => {
  const doc = zephyrCall();
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  const things = namesUsedAsModifiers(sentences, ["Zephyr", "Marta"]);
  assert.deepEqual([...things], ["Zephyr"]);
});

test("names used as modifiers: a product the people finder takes for a person is still a topic of the summary", () => {
  const { summary } = extractWithRules(zephyrCall(), ctx);
  const lead = summary.split(/(?<=\.)\s/)[0]!;
  assert.match(lead, /discussed .*\bZephyr\b/, summary);
  assert.doesNotMatch(lead, /\bMarta\b/, summary);
});
