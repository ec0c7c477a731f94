import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseSourceBytes, readSource, readSourceResult } from "../../src/sources/read-source.ts";
import { SourceError } from "../../src/sources/source-error.ts";
import type { SourceErrorCode } from "../../src/sources/source-error.ts";

const fixtureUrl = (name: string): URL => new URL(`../fixtures/sources/${name}`, import.meta.url);
const fixtureBytes = (name: string): Uint8Array => readFileSync(fixtureUrl(name));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function failsWith(bytes: Uint8Array, fileName: string, code: SourceErrorCode, message?: RegExp): void {
  assert.throws(
    () => parseSourceBytes(bytes, fileName),
    (e: unknown) => {
      assert.ok(e instanceof SourceError, `expected SourceError, got ${String(e)}`);
      assert.equal(e.code, code, e.message);
      if (message !== undefined) assert.match(e.message, message);
      return true;
    },
  );
}

test("a transcript becomes a SourceDocument with file name and sha256 of the bytes", () => {
  const bytes = fixtureBytes("team-sync.vtt");
  const doc = parseSourceBytes(bytes, "inbox/sub/team-sync.vtt");
  assert.equal(doc.fileName, "team-sync.vtt");
  assert.equal(doc.contentHash, createHash("sha256").update(bytes).digest("hex"));
  assert.equal(doc.format, "webvtt");
  assert.equal(doc.kind, "transcript");
  assert.equal(doc.segments[0]?.speaker, "Priya Natarajan");
});

test("CR-only line endings read the same as LF", () => {
  const name = "2025-03-14 - 1-1 - Priya Natarajan - 2025-03-14.md";
  const lf = parseSourceBytes(fixtureBytes(name), name);
  const crText = readFileSync(fixtureUrl(name), "utf8").replace(/\n/g, "\r");
  const cr = parseSourceBytes(utf8(crText), name);
  assert.deepEqual(cr.segments, lf.segments);
  assert.equal(cr.title, lf.title);
  assert.notEqual(cr.contentHash, lf.contentHash);
  assert.equal(cr.segments.length, 7);
});

test("UTF-16 LE with a BOM reads the same as UTF-8", () => {
  const text = readFileSync(fixtureUrl("standup-notes.txt"), "utf8");
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  const doc = parseSourceBytes(bytes, "standup-notes.txt");
  assert.equal(doc.format, "speaker-lines");
  assert.deepEqual(doc.segments, parseSourceBytes(utf8(text), "standup-notes.txt").segments);
});

test("Windows-1252 input is read, with a warning", () => {
  const bytes = new Uint8Array([...utf8("Dana: Caf"), 0xe9, ...utf8(" at nine?\nMarco: S"), 0xfc, ...utf8("re.\n")]);
  const doc = parseSourceBytes(bytes, "chat.txt");
  assert.deepEqual(
    doc.segments.map((s) => [s.speaker, s.text]),
    [
      ["Dana", "Café at nine?"],
      ["Marco", "Süre."],
    ],
  );
  assert.deepEqual(doc.warnings, ["not valid UTF-8; read as Windows-1252"]);
});

test("bad inputs give the right SourceError code", () => {
  failsWith(new Uint8Array(0), "empty.md", "empty", /file is empty/);
  failsWith(utf8("   \n\n \t"), "blank.txt", "empty");
  failsWith(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), "photo.md", "binary", /PNG image/);
  const cut = utf8("Dana: we agreed on the café");
  failsWith(cut.subarray(0, cut.length - 1), "chat.txt", "truncated", /UTF-8 character/);
  failsWith(utf8("1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\n00:00:02,000 --> 00:0"), "call.srt", "truncated");
  failsWith(utf8("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n\n00:00:02.000 --> 00:00:03.000\n"), "call.vtt", "truncated");
  failsWith(
    utf8("Some thoughts on the quarter.\nRevenue grew, churn fell.\n"),
    "notes.xyz",
    "unrecognised",
    /^not a transcript, email or document format Mnemo reads \(\.xyz\)$/,
  );
});

test("readSource reads a file by path", async () => {
  const doc = await readSource(fileURLToPath(fixtureUrl("2025-06-10-vendor-call.srt")));
  assert.equal(doc.fileName, "2025-06-10-vendor-call.srt");
  assert.equal(doc.format, "srt");
  assert.equal(doc.segments.length, 4);
});

test("file-system failures are 'unreadable'", async () => {
  const missing = fileURLToPath(fixtureUrl("no-such-file.vtt"));
  await assert.rejects(readSource(missing), (e: unknown) => e instanceof SourceError && e.code === "unreadable" && /no such file/.test(e.message));
  const folder = fileURLToPath(new URL("../fixtures/sources/", import.meta.url));
  await assert.rejects(readSource(folder), (e: unknown) => e instanceof SourceError && e.code === "unreadable");
});

test("readSourceResult returns failures as values", async () => {
  const missing = await readSourceResult(fileURLToPath(fixtureUrl("gone.srt")));
  assert.equal(missing.ok, false);
  if (!missing.ok) assert.equal(missing.error.code, "unreadable");
  const found = await readSourceResult(fileURLToPath(fixtureUrl("zoom-call.vtt")));
  assert.equal(found.ok && found.document.segments.length, 3);
});
