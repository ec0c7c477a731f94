import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { detectFormat } from "../../src/sources/detect-format.ts";
import { parseSourceBytes } from "../../src/sources/read-source.ts";

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/sources/${name}`, import.meta.url));
const turns = (name: string) => parseSourceBytes(fixture(name), name).segments.map((s) => [s.speaker, s.start, s.text]);

test("Otter.ai text export: header lines, turns with times, SPEAKERS list, footer dropped", () => {
  const doc = parseSourceBytes(fixture("otter-export.txt"), "otter-export.txt");
  assert.equal(doc.format, "otter-txt");
  assert.equal(doc.title, "Vendor renewal sync");
  assert.deepEqual(doc.participantsHint, ["Dana Whitfield", "Raj Patel"]);
  assert.deepEqual(turns("otter-export.txt"), [
    ["Dana Whitfield", 3, "Thanks for joining. I think we should start with the renewal."],
    ["Raj Patel", 15, "Sure. The quote came in yesterday, and it is twelve percent higher than last year."],
    ["Dana Whitfield", 3727, "Okay, let's ask legal to review it by Friday."],
  ]);
  assert.equal(doc.segments[0]?.end, 15);
  assert.ok(!doc.segments.some((s) => s.text.includes("otter.ai")));
});

test("Fireflies text export: `Name - mm:ss` headers", () => {
  assert.equal(parseSourceBytes(fixture("fireflies-export.txt"), "fireflies-export.txt").format, "fireflies-txt");
  assert.deepEqual(turns("fireflies-export.txt"), [
    ["Priya Natarajan", 0, "Let's go candidate by candidate."],
    ["Marco Rossi", 42, "The first one was strong on systems design."],
    ["Priya Natarajan", 90, "Agreed. I'll send the offer draft on Monday."],
  ]);
});

test("Zoom's saved .txt transcript: `[Name] hh:mm:ss` clock times become seconds from the first turn", () => {
  assert.equal(parseSourceBytes(fixture("zoom-saved-transcript.txt"), "zoom-saved-transcript.txt").format, "zoom-txt");
  assert.deepEqual(turns("zoom-saved-transcript.txt"), [
    ["Lena Ortiz", 0, "Can everyone hear me?"],
    ["Tom Becker", 6, "Yes, loud and clear."],
    ["Lena Ortiz", 95, "Great. Let's review the launch checklist."],
  ]);
});

test("older Teams transcripts: a `0:0:5.100 --> …` line, the speaker alone on the next line, then the text", () => {
  const text = "0:0:5.100 --> 0:0:8.250\nDana Whitfield\nLet's begin.\n\n0:0:9.0 --> 0:0:12.0\nRaj Patel\nReady when you are.\n";
  const doc = parseSourceBytes(new TextEncoder().encode(text), "meeting.txt");
  assert.equal(doc.format, "teams-txt");
  assert.deepEqual(doc.segments.map((s) => [s.speaker, s.start, s.text]), [
    ["Dana Whitfield", 5.1, "Let's begin."],
    ["Raj Patel", 9, "Ready when you are."],
  ]);
});

test("detected by content under any extension; prose with a time in it is not a transcript", () => {
  for (const name of ["otter-export.txt", "fireflies-export.txt", "zoom-saved-transcript.txt"]) {
    const text = new TextDecoder().decode(fixture(name));
    assert.equal(detectFormat({ text, fileName: "renamed.md" })?.format, "stamped-turns", name);
  }
  const prose = "Standup moved  10:30\nPlease be on time.\nLunch is at  12:30\n";
  assert.notEqual(detectFormat({ text: prose, fileName: "notes.txt" })?.format, "stamped-turns");
});
