import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { macWhisperParser } from "../../src/sources/parse-macwhisper.ts";

const fixture = (name: string): { text: string; fileName: string } => ({
  text: readFileSync(new URL(`../fixtures/sources/${name}`, import.meta.url), "utf8"),
  fileName: name,
});

const turns = (doc: { segments: { speaker: string | null; text: string }[] }): [string | null, string][] =>
  doc.segments.map((s) => [s.speaker, s.text]);

test("glued speaker names are split off, with dialogue markers and filler removed", () => {
  const doc = macWhisperParser.parse(fixture("2025-03-14 - 1-1 - Priya Natarajan - 2025-03-14.md"));
  assert.deepEqual(turns(doc), [
    ["Marco Bellini", "Hello, Priya, can you hear me?"],
    ["Remote", "Hello, yes, loud and clear."],
    ["Marco Bellini", "Great. So the first thing is the Lisbon offsite budget."],
    ["Remote", "We agreed to cap it at 40,000 euros. I'll send the revised sheet by Friday."],
    ["Marco Bellini", "Perfect. Hello to the team from me, by the way."],
    ["Remote", "so that's settled then."],
    ["Marco Bellini", "I'll book the venue tomorrow."],
  ]);
  assert.deepEqual(doc.warnings, ["1 segment held only non-speech filler and was dropped"]);
});

test("start times come from the timestamps and end at the next timestamp", () => {
  const doc = macWhisperParser.parse(fixture("2025-03-14 - 1-1 - Priya Natarajan - 2025-03-14.md"));
  assert.deepEqual(
    doc.segments.slice(0, 3).map((s) => [s.start, s.end]),
    [
      [0.04, 2.5],
      [2.5, 5.1],
      [5.1, 11.75],
    ],
  );
  // The last kept segment ends where the dropped "(silence)" one starts.
  assert.deepEqual([doc.segments.at(-1)?.start, doc.segments.at(-1)?.end], [31.4, 35]);
});

test("title, date and participants come from a `1:1 — Name — date` heading", () => {
  const doc = macWhisperParser.parse(fixture("2025-03-14 - 1-1 - Priya Natarajan - 2025-03-14.md"));
  assert.equal(doc.title, "1:1 — Priya Natarajan — 2025-03-14");
  assert.equal(doc.date, "2025-03-14");
  assert.deepEqual(doc.participantsHint, ["Priya Natarajan"]);
  assert.equal(doc.kind, "transcript");
  assert.equal(doc.format, "macwhisper-md");
  assert.equal(doc.automated, false);
  assert.deepEqual(doc.messages, []);
});

test("`Name : text` labels, with the name repeated glued onto the text", () => {
  const doc = macWhisperParser.parse(fixture("2025-04-02 - 1-1 - Dana - 2025-04-02.md"));
  assert.deepEqual(turns(doc), [
    ["Remote", "Morning! Did the contract come back?"],
    ["Marco Bellini", "It did. Legal signed it yesterday."],
    ["Parallels Desktop", "Sorry, I was on mute. Can you share the deck?"],
    ["Marco Bellini", "Sure, sharing now."],
  ]);
  assert.deepEqual(doc.participantsHint, ["Dana"]);
});

test("one huge line after `Remote`, with a Parallels title: one segment, no participants", () => {
  const doc = macWhisperParser.parse(fixture("2025-04-02 - 20250402 0915 Parallels Transcription.md"));
  assert.equal(doc.segments.length, 1);
  const [only] = doc.segments;
  assert.equal(only?.speaker, "Remote");
  assert.equal(only?.start, 0.06);
  assert.equal(only?.end, null);
  assert.match(only?.text ?? "", /^on the roadmap first\. Okay, this is the updated timeline\./);
  assert.match(only?.text ?? "", /we agreed to keep June 12\. Thanks everyone\.$/);
  assert.doesNotMatch(only?.text ?? "", /audience laughing|Yes\. Yes\./);
  assert.equal(doc.date, "2025-04-02");
  assert.deepEqual(doc.participantsHint, []);
});

test("a capitalised first word is not a name unless glued and recurring (or in the title)", () => {
  const text = [
    "# Weekly sync",
    "",
    "[00:00:00.00]  Hello, how are you?",
    "[00:00:02.00]  Hello again, can you hear me?",
    "[00:00:04.00]   RemoteYes, fine.",
    "[00:00:06.00]  Okay then.",
    "[00:00:08.00]  Okay.",
    "[00:00:10.00]  Jordan PikeWe should start.",
  ].join("\n");
  const doc = macWhisperParser.parse({ text, fileName: "sync.md" });
  assert.deepEqual(turns(doc), [
    [null, "Hello, how are you?"],
    [null, "Hello again, can you hear me?"],
    ["Remote", "Yes, fine."],
    [null, "Okay then."],
    [null, "Okay."],
    // Glued only once and not in the title: not trusted as a name.
    [null, "Jordan PikeWe should start."],
  ]);
});

test("a name glued only once is split when the title names that person", () => {
  const text = ["# 1:1 — Jordan Pike — 2025-02-03", "", "[00:00:00.00]  Jordan PikeWe should start.", "[00:00:03.00]   RemoteSure."].join("\n");
  const doc = macWhisperParser.parse({ text, fileName: "x.md" });
  assert.deepEqual(turns(doc), [
    ["Jordan Pike", "We should start."],
    ["Remote", "Sure."],
  ]);
});

test("the longest recurring name wins and lowercase glued text stays intact", () => {
  const text = [
    "[00:00:00.00]  Ana Lima SouzaHi.",
    "[00:00:01.00]  Ana Lima Souza- Right.",
    "[00:00:02.00]  Ana Lima Souzaor maybe not.",
    "[00:00:03.00]   Remoteit's fine.",
  ].join("\n");
  const doc = macWhisperParser.parse({ text, fileName: "2025-01-09 call.md" });
  assert.deepEqual(turns(doc), [
    ["Ana Lima Souza", "Hi."],
    ["Ana Lima Souza", "Right."],
    ["Ana Lima Souza", "or maybe not."],
    ["Remote", "it's fine."],
  ]);
  assert.equal(doc.date, "2025-01-09");
  assert.equal(doc.title, "call");
});

test("detect: strong for MacWhisper timestamps, nothing for prose", () => {
  assert.ok(macWhisperParser.detect(fixture("2025-04-02 - 1-1 - Dana - 2025-04-02.md")) >= 0.9);
  assert.equal(macWhisperParser.detect({ text: "# Notes\n\nJust some prose about [the plan].\n", fileName: "n.md" }), 0);
});
