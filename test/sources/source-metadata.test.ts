import { test } from "node:test";
import assert from "node:assert/strict";
import { fileNameInfo } from "../../src/sources/file-name-info.ts";
import { findDate } from "../../src/sources/find-date.ts";
import { parseTimestamp } from "../../src/sources/parse-timestamp.ts";
import { titleParticipants } from "../../src/sources/title-participants.ts";

test("findDate reads ISO, compact and written dates, and rejects impossible ones", () => {
  assert.equal(findDate("1:1 — Lior — 2025-10-30"), "2025-10-30");
  assert.equal(findDate("20251029 1005 Parallels Transcription"), "2025-10-29");
  assert.equal(findDate("Kickoff, October 3, 2025"), "2025-10-03");
  assert.equal(findDate("Kickoff on 3 Sept 2025"), "2025-09-03");
  assert.equal(findDate("Build 20251340 failed"), null);
  assert.equal(findDate("see you next Friday"), null);
});

test("fileNameInfo strips the leading date, a trailing date and the extension", () => {
  assert.deepEqual(fileNameInfo("2025-10-30 - 1-1 - Lior - 2025-10-30.md"), { title: "1-1 - Lior", date: "2025-10-30" });
  assert.deepEqual(fileNameInfo("inbox/2025-06-10-vendor-call.srt"), { title: "vendor-call", date: "2025-06-10" });
  assert.deepEqual(fileNameInfo("standup.vtt"), { title: "standup", date: null });
  assert.deepEqual(fileNameInfo("2025-06-10.vtt"), { title: null, date: "2025-06-10" });
});

test("titleParticipants reads 1:1 titles only", () => {
  assert.deepEqual(titleParticipants("1:1 — Jai Menon — 2025-09-22"), ["Jai Menon"]);
  assert.deepEqual(titleParticipants("1-1 - Lior - 2025-10-30"), ["Lior"]);
  assert.deepEqual(titleParticipants("1:1 with Dana Ruiz"), ["Dana Ruiz"]);
  assert.deepEqual(titleParticipants("20251029 1005 Parallels Transcription"), []);
  assert.deepEqual(titleParticipants("20250915 0800 Teams Meeting (Parallels) Transcription"), []);
  assert.deepEqual(titleParticipants("Weekly sync - Platform team"), []);
  assert.deepEqual(titleParticipants(null), []);
});

test("parseTimestamp: hh:mm:ss.ff, hh:mm:ss,mmm and mm:ss", () => {
  assert.equal(parseTimestamp("00:05:37.60"), 337.6);
  assert.equal(parseTimestamp("01:00:01,250"), 3601.25);
  assert.equal(parseTimestamp("01:25"), 85);
  assert.equal(parseTimestamp("00:61:00"), null);
  assert.equal(parseTimestamp("soon"), null);
});
