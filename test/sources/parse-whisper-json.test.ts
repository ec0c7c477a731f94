import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseSourceBytes } from "../../src/sources/read-source.ts";
import { SourceError } from "../../src/sources/source-error.ts";

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/sources/${name}`, import.meta.url));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const rows = (bytes: Uint8Array, name: string) => {
  const doc = parseSourceBytes(bytes, name);
  assert.equal(doc.format, "whisper-json");
  assert.equal(doc.kind, "transcript");
  return doc.segments.map((s) => [s.speaker, s.start, s.end, s.text]);
};

test("openai-whisper JSON: segments with times; filler-only segments dropped, stutters collapsed", () => {
  assert.deepEqual(rows(fixture("whisper-openai.json"), "whisper-openai.json"), [
    [null, 0, 3.2, "Welcome back."],
    [null, 3.2, 6.5, "Today we review the budget."],
    [null, 9, 12.25, "The numbers look fine."],
  ]);
});

test("whisper.cpp -oj JSON: millisecond offsets, diarized speaker numbers", () => {
  assert.deepEqual(rows(fixture("whisper-cpp.json"), "whisper-cpp.json"), [
    ["Speaker 0", 0, 4.12, "Quick voice memo about the offsite."],
    ["Speaker 1", 4.12, 9.8, "Book the venue by June 3rd."],
  ]);
});

test("WhisperX / faster-whisper JSON with speakers, and a bare segment array", () => {
  assert.deepEqual(rows(fixture("whisperx-diarized.json"), "whisperx-diarized.json"), [
    ["SPEAKER_00", 0.031, 2.5, "Morning, Sam."],
    ["SPEAKER_01", 2.9, 6.1, "Morning. The deploy is done."],
    [null, 6.3, 8, "Great, thanks."],
  ]);
  const bare = utf8('[{"start": 0, "end": 2, "text": " Hi there.", "speaker": "Dana"}, {"start": 2, "end": 3, "text": " Hello."}]');
  assert.deepEqual(rows(bare, "out.json"), [
    ["Dana", 0, 2, "Hi there."],
    [null, 2, 3, "Hello."],
  ]);
});

test("a cut-off Whisper JSON file is 'truncated'", () => {
  const text = new TextDecoder().decode(fixture("whisper-openai.json"));
  assert.throws(
    () => parseSourceBytes(utf8(text.slice(0, 300)), "cut.json"),
    (e: unknown) => e instanceof SourceError && e.code === "truncated",
  );
});
