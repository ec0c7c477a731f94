import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { srtParser } from "../../src/sources/parse-srt.ts";
import { SourceError } from "../../src/sources/source-error.ts";

const fixture = (name: string): { text: string; fileName: string } => ({
  text: readFileSync(new URL(`../fixtures/sources/${name}`, import.meta.url), "utf8"),
  fileName: name,
});

const truncated = (text: string, message: RegExp): void => {
  assert.throws(
    () => srtParser.parse({ text, fileName: "call.srt" }),
    (e: unknown) => e instanceof SourceError && e.code === "truncated" && message.test(e.message),
  );
};

test("numbered cues with `Name: ` prefixes, wrapped lines joined, tags stripped", () => {
  const doc = srtParser.parse(fixture("2025-06-10-vendor-call.srt"));
  assert.deepEqual(
    doc.segments.map((s) => [s.speaker, s.start, s.end, s.text]),
    [
      ["Priya Natarajan", 1, 4, "Thanks for joining."],
      ["Marco Bellini", 4.2, 8.9, "Happy to. Can you book the room for the demo?"],
      ["Priya Natarajan", 9, 12.345, "I'll book it today."],
      // Cue 4 follows cue 3 without a blank line.
      ["Marco Bellini", 60, 63.5, "Perfect."],
    ],
  );
  assert.equal(doc.date, "2025-06-10");
  assert.equal(doc.title, "vendor-call");
  assert.deepEqual(doc.warnings, []);
});

test("cues without names have a null speaker; dialogue dashes split a cue", () => {
  const text = "1\n00:00:01,000 --> 00:00:03,000\n- Are you coming?\n- In a minute.\n\n2\n00:00:03,500 --> 00:00:05,000\nOkay.\n";
  const doc = srtParser.parse({ text, fileName: "movie.srt" });
  assert.deepEqual(
    doc.segments.map((s) => [s.speaker, s.text]),
    [
      [null, "Are you coming?"],
      [null, "In a minute."],
      [null, "Okay."],
    ],
  );
});

test("a final index without a timing line => truncated", () => {
  truncated("1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\n", /last cue \(#2\) has no timing line/);
});

test("a final timing line cut mid-way => truncated", () => {
  truncated("1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\n00:00:02,000 --> 00:00:0", /timing line is cut off/);
  truncated("1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\n00:00:02,0", /timing line is cut off/);
});

test("a final cue with timing but no text => truncated", () => {
  truncated("1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\n00:00:02,000 --> 00:00:03,000\n\n", /no text/);
});

test("detect: an index followed by a comma timing is SRT; WebVTT and prose are not", () => {
  assert.ok(srtParser.detect(fixture("2025-06-10-vendor-call.srt")) >= 0.9);
  assert.equal(srtParser.detect({ text: "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n", fileName: "a.vtt" }), 0);
  assert.equal(srtParser.detect({ text: "We met at 10:30 and agreed.\n", fileName: "a.txt" }), 0);
});
