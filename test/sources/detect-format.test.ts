import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { detectFormat } from "../../src/sources/detect-format.ts";
import { parsers } from "../../src/sources/parsers.ts";
import type { SourceParser } from "../../src/sources/source-parser.ts";

const fixtureText = (name: string): string => readFileSync(new URL(`../fixtures/sources/${name}`, import.meta.url), "utf8");

const fake = (format: string, score: number): SourceParser => ({
  format,
  kind: "transcript",
  detect: () => score,
  parse: () => {
    throw new Error("not used");
  },
});

test("every transcript fixture is detected by content, whatever its extension", () => {
  const cases: [string, string][] = [
    ["2025-03-14 - 1-1 - Priya Natarajan - 2025-03-14.md", "macwhisper-md"],
    ["2025-04-02 - 1-1 - Dana - 2025-04-02.md", "macwhisper-md"],
    ["team-sync.vtt", "webvtt"],
    ["zoom-call.vtt", "webvtt"],
    ["2025-06-10-vendor-call.srt", "srt"],
    ["standup-notes.txt", "speaker-lines"],
  ];
  for (const [name, format] of cases) {
    const text = fixtureText(name);
    assert.equal(detectFormat({ text, fileName: name })?.format, format, name);
    assert.equal(detectFormat({ text, fileName: "renamed.txt" })?.format, format, `${name} as .txt`);
  }
});

test("the parser list holds every format, the email parser included", () => {
  assert.deepEqual(
    parsers.map((p) => p.format).sort(),
    ["apple-mail-md", "html", "macwhisper-md", "speaker-lines", "srt", "stamped-turns", "text-document", "webvtt", "whisper-json"],
  );
});

test("the highest score wins; the extension only breaks ties", () => {
  const candidates = [fake("srt", 0.5), fake("webvtt", 0.5), fake("speaker-lines", 0.7)];
  assert.equal(detectFormat({ text: "x", fileName: "a.vtt" }, candidates)?.format, "speaker-lines");
  const tied = [fake("srt", 0.5), fake("webvtt", 0.5)];
  assert.equal(detectFormat({ text: "x", fileName: "a.vtt" }, tied)?.format, "webvtt");
  assert.equal(detectFormat({ text: "x", fileName: "a.srt" }, tied)?.format, "srt");
  assert.equal(detectFormat({ text: "x", fileName: "a.bin" }, tied)?.format, "srt");
});

test("nothing above zero => null", () => {
  assert.equal(detectFormat({ text: "x", fileName: "a.vtt" }, [fake("webvtt", 0), fake("srt", 0)]), null);
  assert.equal(detectFormat({ text: "Just a shopping list.\nMilk\nEggs\n", fileName: "list.xyz" }), null);
  // A .txt or .md that is nothing more specific is a document.
  assert.equal(detectFormat({ text: "Just a shopping list.\nMilk\nEggs\n", fileName: "list.txt" })?.format, "text-document");
});
