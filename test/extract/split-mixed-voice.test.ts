import { test } from "node:test";
import assert from "node:assert/strict";
import type { Sentence, Turn } from "../../src/extract/build-turns.ts";
import { extractWithRules } from "../../src/extract/extract-with-rules.ts";
import { splitMixedVoice } from "../../src/extract/split-mixed-voice.ts";
import { ctx, transcript } from "./source-fixtures.ts";

/** One turn, one label, as a recorder that hears both people as one voice writes it. */
function oneVoice(texts: string[], label = "Remote", speaker: string | null = null): Turn[] {
  const sentences: Sentence[] = texts.map((text, index) => ({ index, turn: 0, text, raw: text, label, speaker, words: [], position: 0, wordCount: text.split(" ").length }));
  return [{ index: 0, label, speaker, sentences }];
}
const owner = { name: "Jason Vallery", aliases: ["Jason"] };

test("in a one-voice 1:1, naming the owner marks the other person; naming the other marks the owner; the rest is the owner's", () => {
  const t = oneVoice([
    "Marta, can you send me the rollout plan?",
    "Sure Jason, I'll send it tonight.",
    "I will book the lab for Thursday.",
    "Hi, this is Marta from the platform team.",
  ]);
  splitMixedVoice(t, owner, "Marta Kowalski");
  assert.deepEqual(
    t[0]!.sentences.map((s) => s.speaker),
    ["Jason Vallery", "Marta Kowalski", "Jason Vallery", "Marta Kowalski"],
  );
});

test("a sentence naming both people, or the owner introducing himself, stays the owner's", () => {
  const t = oneVoice(["Jason and Marta will both be there.", "Hi Marta, it's Jason here."], "Jason Vallery", "Jason Vallery");
  splitMixedVoice(t, owner, "Marta");
  assert.deepEqual(t[0]!.sentences.map((s) => s.speaker), ["Jason Vallery", "Jason Vallery"]);
});

test("a 1:1 recorded as one Remote voice: the other person's promise to the owner is theirs, the owner's own promise is his", () => {
  const doc = transcript(
    [
      ["Remote", "Thanks for making time today, Marta. I'll send you the migration checklist by Friday."],
      ["Remote", "Jason, I will share the capacity forecast with the finance team next week."],
    ],
    { title: "1:1 — Marta — 2025-10-29", fileName: "2025-10-29 - 1-1 - Marta - 2025-10-29.md" },
  );
  const tasks = extractWithRules(doc, ctx).tasks;
  const checklist = tasks.find((t) => /checklist/i.test(t.text));
  const forecast = tasks.find((t) => /forecast/i.test(t.text));
  assert.equal(checklist?.owner, "Jason Vallery");
  assert.equal(forecast?.owner, "Marta");
});

test("a 1:1 with both voices labelled is left as the recorder labelled it", () => {
  const doc = transcript(
    [
      ["Jason Vallery", "Thanks for making time today, Marta."],
      ["Remote", "Jason, I'll send you the migration checklist by Friday."],
      ["Jason Vallery", "Great. I will share the capacity forecast with the finance team next week."],
    ],
    { title: "1:1 — Marta — 2025-10-29", fileName: "2025-10-29 - 1-1 - Marta - 2025-10-29.md" },
  );
  const tasks = extractWithRules(doc, ctx).tasks;
  assert.equal(tasks.find((t) => /checklist/i.test(t.text))?.owner, "Marta");
  assert.equal(tasks.find((t) => /forecast/i.test(t.text))?.owner, "Jason Vallery");
});
