import { test } from "node:test";
import assert from "node:assert/strict";
import type { Sentence, Turn } from "../../src/extract/build-turns.ts";
import { findAddressee } from "../../src/extract/find-addressee.ts";

/** Turns given as [speaker, sentences]; `null` speaker is an unnamed `Remote` voice. */
function turns(spec: [string | null, string[]][]): Turn[] {
  let index = 0;
  return spec.map(([speaker, texts], t) => {
    const sentences: Sentence[] = texts.map((text) => ({ index: index++, turn: t, text, raw: text, label: speaker ?? "Remote", speaker, words: [], position: 0, wordCount: text.split(" ").length }));
    return { index: t, label: speaker ?? "Remote", speaker, sentences };
  });
}

const group = turns([
  ["Jason Vallery", ["Thanks everyone."]],
  [null, ["I finished the capacity model.", "The numbers look good."]],
  ["Jason Vallery", ["Can you send me the spreadsheet?"]],
]);
const participants = ["Jason Vallery", "Marta", "Osku"];
const base = { turns: group, addressed: new Map<number, string>(), participants, recipients: [], fullName: (n: string) => n };

test("a request answering an unnamed voice goes to whom that voice is taken to be", () => {
  const ask = group[2]!.sentences[0]!;
  assert.equal(findAddressee(ask, { ...base, speakerOf: (s) => (s.turn === 1 ? "Marta" : s.speaker) }), "Marta");
});

test("without a guess for the unnamed voice, the request has no addressee", () => {
  const ask = group[2]!.sentences[0]!;
  assert.equal(findAddressee(ask, base), null);
});

test("a name addressed in the sentence still wins over who spoke last", () => {
  const ask = group[2]!.sentences[0]!;
  assert.equal(findAddressee(ask, { ...base, addressed: new Map([[3, "Osku"]]), speakerOf: () => "Marta" }), "Osku");
});
