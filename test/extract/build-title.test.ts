import { test } from "node:test";
import assert from "node:assert/strict";
import { buildTitle } from "../../src/extract/build-title.ts";

const terms = [
  { term: "MAI", stem: "mai", weight: 3, count: 9 },
  { term: "storage", stem: "storage", weight: 2, count: 7 },
  { term: "timeline", stem: "timeline", weight: 1, count: 4 },
];

test("1:1 titles name the other person", () => {
  assert.equal(buildTitle({ title: "1:1 — Lior — 2025-10-30", date: "2025-10-30", noteType: "meeting", counterpart: null, oneOnOne: true, keyTerms: [] }), "1:1 with Lior");
  assert.equal(buildTitle({ title: "1-1 - Jeff Denworth - 2025-11-07", date: "2025-11-07", noteType: "meeting", counterpart: "Jeff Denworth", oneOnOne: true, keyTerms: [] }), "1:1 with Jeff Denworth");
});

test("recorder file names give way to the date and key topics", () => {
  assert.equal(
    buildTitle({ title: "20251029 1005 Parallels Transcription", date: "2025-10-29", noteType: "meeting", counterpart: null, oneOnOne: false, keyTerms: terms }),
    "Meeting 2025-10-29: MAI, storage and timeline",
  );
  assert.equal(buildTitle({ title: null, date: "2025-10-29", noteType: "voice", counterpart: null, oneOnOne: false, keyTerms: [] }), "Voice note 2025-10-29");
});

test("real titles are kept, without reply prefixes and dates", () => {
  assert.equal(buildTitle({ title: "Re: Fwd: Q3 pricing review", date: "2025-10-29", noteType: "email", counterpart: null, oneOnOne: false, keyTerms: terms }), "Q3 pricing review");
  assert.equal(buildTitle({ title: "Roadmap sync - 2025-10-29", date: "2025-10-29", noteType: "meeting", counterpart: null, oneOnOne: false, keyTerms: terms }), "Roadmap sync");
  assert.equal(buildTitle({ title: "Vendor call: Brightline Print, 2025-11-06", date: "2025-11-06", noteType: "meeting", counterpart: null, oneOnOne: false, keyTerms: terms }), "Vendor call: Brightline Print");
});
