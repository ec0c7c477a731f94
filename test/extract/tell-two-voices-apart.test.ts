import { test } from "node:test";
import assert from "node:assert/strict";
import type { Sentence, Turn } from "../../src/extract/build-turns.ts";
import { extractWithRules } from "../../src/extract/extract-with-rules.ts";
import { personNames, quotedSentences, speakerByNames } from "../../src/extract/speaker-by-names.ts";
import { tellTwoVoicesApart } from "../../src/extract/tell-two-voices-apart.ts";
import { ctx, transcript } from "./source-fixtures.ts";

const owner = personNames("Jason Vallery", ["Jason"]);
const marta = personNames("Marta Kowalski");

test("who said a sentence by the names in it: the named one is the listener, unless the speaker introduces themself", () => {
  assert.equal(speakerByNames("Marta, can you send me the plan?", owner, marta), "owner");
  assert.equal(speakerByNames("Sure Jason, tonight.", owner, marta), "other");
  assert.equal(speakerByNames("Hi, this is Marta from platform.", owner, marta), "other");
  assert.equal(speakerByNames("I'm probably the only Marta Kowalski you'll meet.", owner, marta), "other");
  assert.equal(speakerByNames("Jason and Marta will both go.", owner, marta), null);
  assert.equal(speakerByNames("The budget is approved.", owner, marta), null);
});

test("a first name followed by another surname is someone else", () => {
  assert.equal(speakerByNames("Jason Ainsworth, our accountant, is here.", owner, marta), null);
  assert.equal(speakerByNames("Thanks, Jason Vallery.", owner, marta), "other");
});

test("a quotation, over one sentence or several, is quoted speech", () => {
  const s = ['The customer will say, "Marta, can you comment?"', 'Or, "Nice idea.', "Marta, whatever.", 'I join."', "Then I answer."].map((raw, index) => ({ index, raw }));
  assert.deepEqual([...quotedSentences(s)], [0, 1, 2, 3]);
});

/** Turns given as [label, sentences], none named yet. */
function voices(spec: [string, string[]][]): Turn[] {
  let index = 0;
  return spec.map(([label, texts], t) => {
    const sentences: Sentence[] = texts.map((text) => ({ index: index++, turn: t, text, raw: text, label, speaker: null, words: [], position: 0, wordCount: 3 }));
    return { index: t, label, speaker: null, sentences };
  });
}

test("two placeholder voices: the one that keeps naming the other person is the owner's", () => {
  const t = voices([
    ["Speaker 1", ["Hey Jason, good to see you."]],
    ["Speaker 2", ["Hi Marta.", "Marta, how was the offsite?"]],
    ["Speaker 1", ["Good. I'll send the notes."]],
  ]);
  tellTwoVoicesApart(t, { name: "Jason Vallery", aliases: ["Jason"] }, "Marta Kowalski");
  assert.deepEqual(t.map((x) => x.speaker), ["Marta Kowalski", "Jason Vallery", "Marta Kowalski"]);
  assert.equal(t[2]!.sentences[0]!.speaker, "Marta Kowalski");
});

test("two placeholder voices and no names either way: the voice that opens the recording is the owner's", () => {
  const t = voices([
    ["Speaker 2", ["Thanks for joining."]],
    ["Speaker 1", ["Happy to."]],
  ]);
  tellTwoVoicesApart(t, { name: "Jason Vallery", aliases: ["Jason"] }, "Marta Kowalski");
  assert.deepEqual(t.map((x) => x.speaker), ["Jason Vallery", "Marta Kowalski"]);
});

test("a 1:1 diarized as Speaker 1 / Speaker 2: each promise goes to the voice that made it", () => {
  const doc = transcript(
    [
      ["Speaker 1", "Hi Jason, thanks for making time."],
      ["Speaker 2", "Of course, Marta. I'll send you the migration checklist by Friday."],
      ["Speaker 1", "Great. I will share the capacity forecast with the finance team next week."],
    ],
    { title: "1:1 — Marta — 2025-10-29", fileName: "2025-10-29 - 1-1 - Marta - 2025-10-29.md" },
  );
  const tasks = extractWithRules(doc, ctx).tasks;
  assert.equal(tasks.find((t) => /checklist/i.test(t.text))?.owner, "Jason Vallery");
  assert.equal(tasks.find((t) => /forecast/i.test(t.text))?.owner, "Marta");
});
