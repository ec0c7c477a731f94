import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { speakerLinesParser } from "../../src/sources/parse-speaker-lines.ts";

const fixture = (name: string): { text: string; fileName: string } => ({
  text: readFileSync(new URL(`../fixtures/sources/${name}`, import.meta.url), "utf8"),
  fileName: name,
});

test("`Name: text`, `[hh:mm:ss] Name:`, `(mm:ss) Name:` and `Name (hh:mm:ss):` turns; continuations append", () => {
  const doc = speakerLinesParser.parse(fixture("standup-notes.txt"));
  assert.deepEqual(
    doc.segments.map((s) => [s.speaker, s.start, s.end, s.text]),
    [
      ["Priya Natarajan", null, null, "Morning all. Quick one today."],
      ["Marco Bellini", null, null, "I finished the invoice export. It now handles credit notes too, and the totals match the ledger."],
      ["Priya Natarajan", 70, 85, "Nice. Can you demo it Thursday?"],
      ["Marco Bellini", 85, 123, "Sure, I'll set it up."],
      ["Speaker 2", 123, null, "I'll join remotely."],
    ],
  );
  assert.equal(doc.title, "Standup 2025-07-01");
  assert.equal(doc.date, "2025-07-01");
  assert.equal(doc.format, "speaker-lines");
});

test("a `1-1 - Name - date` file name gives title, date and participants", () => {
  const doc = speakerLinesParser.parse({ text: "Ana: hi\nBo: hello\n", fileName: "2025-02-11 - 1-1 - Bo Lindqvist - 2025-02-11.txt" });
  assert.equal(doc.title, "1-1 - Bo Lindqvist");
  assert.equal(doc.date, "2025-02-11");
  assert.deepEqual(doc.participantsHint, ["Bo Lindqvist"]);
});

test("detect: a conversation scores; an email or prose with a few colons does not", () => {
  assert.ok(speakerLinesParser.detect(fixture("standup-notes.txt")) > 0.6);
  const email = [
    "From: Priya Natarajan <priya@example.com>",
    "To: Marco Bellini <marco@example.com>",
    "Subject: Venue",
    "Date: Tue, 4 Mar 2025 09:12:00 +0100",
    "",
    "Hi Marco,",
    "Can you book the venue for the 14th?",
    "Thanks, Priya",
  ].join("\n");
  assert.equal(speakerLinesParser.detect({ text: email, fileName: "mail.txt" }), 0);
  const prose = [
    "The offsite went well overall.",
    "Budget: we stayed under the cap.",
    "Next time we should book earlier, since the venue filled up fast",
    "and the rooms we wanted were gone.",
    "Marco: handles travel.",
  ].join("\n");
  assert.equal(speakerLinesParser.detect({ text: prose, fileName: "notes.txt" }), 0);
});
