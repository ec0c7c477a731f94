import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { webVttParser } from "../../src/sources/parse-webvtt.ts";
import { SourceError } from "../../src/sources/source-error.ts";

const fixture = (name: string): { text: string; fileName: string } => ({
  text: readFileSync(new URL(`../fixtures/sources/${name}`, import.meta.url), "utf8"),
  fileName: name,
});

const truncated = (fn: () => unknown, message: RegExp): void => {
  assert.throws(fn, (e: unknown) => e instanceof SourceError && e.code === "truncated" && message.test(e.message));
};

test("<v Name> voices, cue ids, NOTE/STYLE skipped, tags and entities cleaned", () => {
  const doc = webVttParser.parse(fixture("team-sync.vtt"));
  assert.deepEqual(
    doc.segments.map((s) => [s.speaker, s.start, s.end, s.text]),
    [
      ["Priya Natarajan", 1, 4.5, "Good morning, everyone."],
      // Consecutive cues of one speaker stay separate segments.
      ["Priya Natarajan", 4.5, 9.25, 'Let\'s start with the "Atlas" migration.'],
      ["Marco Bellini", 9.25, 15, "I'll send the cut-over plan by Thursday."],
      // Two voices in one cue: two segments with the cue's times.
      ["Priya Natarajan", 15, 18, "Great."],
      ["Marco Bellini", 15, 18, "And then we test."],
      [null, 18, 21, "Unvoiced caption line."],
    ],
  );
  assert.equal(doc.date, "2025-05-06"); // from the NOTE block
  assert.equal(doc.title, "team-sync");
  assert.equal(doc.format, "webvtt");
});

test("`Name: text` cues (Zoom style) give speakers; a later colon stays in the text", () => {
  const doc = webVttParser.parse(fixture("zoom-call.vtt"));
  assert.deepEqual(
    doc.segments.map((s) => [s.speaker, s.start, s.text]),
    [
      ["Priya Natarajan", 0.5, "Can everyone see my screen?"],
      ["Marco Bellini", 3, "Yes. Question: is the budget final?"],
      ["Priya Natarajan", 62, "It is final."],
    ],
  );
});

test("mm:ss.ttt timings without hours", () => {
  const doc = webVttParser.parse({ text: "WEBVTT\n\n01:02.500 --> 01:04.000\nHello.\n", fileName: "a.vtt" });
  assert.deepEqual(doc.segments, [{ speaker: null, start: 62.5, end: 64, text: "Hello." }]);
});

test("a lone `Word: text` in plain captions is not taken for a speaker", () => {
  const text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nWarning: wet floor.\n\n00:00:02.000 --> 00:00:03.000\nIt was slippery.\n\n00:00:03.000 --> 00:00:04.000\nVery.\n";
  const doc = webVttParser.parse({ text, fileName: "a.vtt" });
  assert.deepEqual(doc.segments.map((s) => s.speaker), [null, null, null]);
  assert.equal(doc.segments[0]?.text, "Warning: wet floor.");
});

test("last cue's timing line cut off => truncated", () => {
  const text = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ana>Hi.</v>\n\n00:00:04.000 --> 00:0";
  truncated(() => webVttParser.parse({ text, fileName: "a.vtt" }), /timing line is cut off/);
});

test("last cue without text, or with only an id, => truncated", () => {
  truncated(
    () => webVttParser.parse({ text: "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHi.\n\n00:00:04.000 --> 00:00:05.000\n", fileName: "a.vtt" }),
    /has no text/,
  );
  truncated(() => webVttParser.parse({ text: "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHi.\n\ncue-2\n", fileName: "a.vtt" }), /no timing line/);
});

test("a cue without text in the middle is skipped with a warning, not an error", () => {
  const text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n00:00:02.000 --> 00:00:03.000\nStill here.\n";
  const doc = webVttParser.parse({ text, fileName: "a.vtt" });
  assert.deepEqual(doc.segments.map((s) => s.text), ["Still here."]);
});

test("detect: the WEBVTT header is decisive; SRT-like or prose text is not WebVTT", () => {
  assert.equal(webVttParser.detect(fixture("zoom-call.vtt")), 1);
  assert.equal(webVttParser.detect({ text: "Dana: hi\nMarco: hello\n", fileName: "a.vtt" }), 0);
});
