import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { appleMailParser } from "../../src/sources/parse-apple-mail.ts";
import { SourceDocument } from "../../src/sources/source-document.ts";
import { SourceError } from "../../src/sources/source-error.ts";
import type { ParsedSource } from "../../src/sources/source-parser.ts";

const FIXTURES = new URL("../fixtures/sources/email/", import.meta.url);

/** Reads a fixture as decode-text would hand it over: LF line ends (the real exports use bare CR). */
function fixture(name: string): { text: string; fileName: string } {
  const raw = readFileSync(new URL(name, FIXTURES), "utf8");
  return { text: raw.replace(/\r\n?/g, "\n"), fileName: name };
}

function parse(name: string): ParsedSource {
  const doc = appleMailParser.parse(fixture(name));
  // Every result must be a valid SourceDocument once read-source adds the file identity.
  SourceDocument.parse({ ...doc, fileName: name, contentHash: "0".repeat(64), textHash: "0".repeat(64) });
  return doc;
}

test("the CR fixture really uses bare CR line endings, like the real exports", () => {
  const raw = readFileSync(new URL("kiosk-thread-cr.md", FIXTURES), "utf8");
  assert.ok(raw.includes("\r"));
  assert.ok(!raw.includes("\n"));
});

test("detect: high for the export shape, zero for transcripts and plain text", () => {
  assert.ok(appleMailParser.detect(fixture("kiosk-thread-cr.md")) >= 0.9);
  assert.ok(appleMailParser.detect(fixture("single-message-fields.md")) >= 0.7);
  assert.ok(appleMailParser.detect(fixture("truncated-after-heading.md")) > 0.5, "a cut-off export is still recognised");
  const raw = readFileSync(new URL("kiosk-thread-cr.md", FIXTURES), "utf8");
  assert.ok(appleMailParser.detect({ text: raw, fileName: "x.md" }) >= 0.9, "bare CR input is recognised too");
  const transcripts = [
    "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Dana>Morning all.\n",
    "1\n00:00:01,000 --> 00:00:04,000\nMorning all.\n",
    "# 1:1 — Priya Raman — 2026-02-02\n\n**Speaker 1** (00:00:03): Morning.\n**Speaker 2** (00:00:05): Hi.\n",
    "Dana Whitfield: Let's start with the pilot.\nTom Reyes: Sure.\n",
    "",
  ];
  for (const text of transcripts) assert.equal(appleMailParser.detect({ text, fileName: "meeting.md" }), 0, text);
  assert.equal(appleMailParser.format, "apple-mail-md");
  assert.equal(appleMailParser.kind, "email");
});

test("multi-message thread: senders, dates, title, clean bodies, attachments", () => {
  const doc = parse("kiosk-thread-cr.md");
  assert.equal(doc.kind, "email");
  assert.equal(doc.format, "apple-mail-md");
  assert.equal(doc.title, "Re: Harbor Street kiosk rollout");
  assert.equal(doc.date, "2026-02-02");
  assert.equal(doc.automated, false);
  assert.deepEqual(
    doc.messages.map((m) => [m.from.name, m.from.email, m.date]),
    [
      ["Priya Raman", "priya.raman@lumenfield.example", "2026-02-02T08:15:10"],
      ["Owen Castellanos", "owen@castellanos-labs.example", "2026-02-02T10:02:37"],
      ["Mara Oyelaran", "mara@lumenfield.example", "2026-02-02T16:40:00"],
      ["Priya Raman", "priya.raman@lumenfield.example", "2026-02-03T09:05:03"],
    ],
  );
  const [first, second, recovered, last] = doc.messages;
  assert.equal(first!.subject, "Harbor Street kiosk rollout");
  assert.equal(
    first!.body,
    "Hi Owen,\n\nThe pilot kiosks at Harbor Street go live on February 16. Could you confirm the firmware build by Friday?",
  );
  assert.deepEqual(first!.attachments, ["rollout-plan.pdf"]);
  assert.equal(second!.body, "Priya,\n\nBuild 4.2.1 is frozen. I will send the signed image on Thursday.");
  assert.equal(last!.body, "Perfect, thank you. Looping in Mara for the site visit.");
  for (const message of doc.messages) {
    assert.doesNotMatch(message.body, /wrote:|Sent from my iPhone|\+1 415|Deployment Lead|From: |\uFFFC|<rollout-plan\.pdf>/);
  }
  // Mara's message exists only as a quote in the last reply: it is recovered with its header.
  assert.equal(recovered!.body, "I can be on site on February 16 from 9am. I'll bring the spare card readers.");
  assert.deepEqual(recovered!.to, [{ name: "Priya Raman", email: "priya.raman@lumenfield.example" }]);
  assert.deepEqual(recovered!.cc, [{ name: "Owen Castellanos", email: "owen@castellanos-labs.example" }]);
  assert.ok(doc.warnings.some((w) => w.includes("1 earlier message recovered")));
  assert.deepEqual(doc.participantsHint, ["Priya Raman", "Owen Castellanos", "Mara Oyelaran"]);
});

test("one segment per message: speaker is the sender, no timestamps, text is the clean body", () => {
  const doc = parse("kiosk-thread-cr.md");
  assert.equal(doc.segments.length, doc.messages.length);
  doc.segments.forEach((segment, i) => {
    assert.equal(segment.speaker, doc.messages[i]!.from.name);
    assert.equal(segment.start, null);
    assert.equal(segment.end, null);
    assert.equal(segment.text, doc.messages[i]!.body);
  });
});

test("bare CR input parses the same as LF input", () => {
  const raw = readFileSync(new URL("kiosk-thread-cr.md", FIXTURES), "utf8");
  const fromCr = appleMailParser.parse({ text: raw, fileName: "kiosk-thread-cr.md" });
  assert.deepEqual(fromCr, parse("kiosk-thread-cr.md"));
});

test("notification: automated, footer and unsubscribe block cut", () => {
  const doc = parse("storage-report-notification.md");
  assert.equal(doc.automated, true);
  assert.equal(doc.messages[0]!.body, "Hi Owen Castellanos,\n\nYour workspace used 412 GB of 500 GB this week.\n\nView report");
  assert.deepEqual(doc.participantsHint, [], "a no-reply sender is not a participant");
});

test("Outlook reply: attachments listed, disclaimer and signature cut, -----Original Message----- and French quotes recovered", () => {
  const doc = parse("outlook-original-message.md");
  assert.equal(doc.automated, false, "a legal disclaimer does not make a person's mail automated");
  const latest = doc.messages[doc.messages.length - 1]!;
  assert.equal(
    latest.body,
    "Hi Camille,\n\nHere is the revised floor plan. We moved the server room next to the loading area as you suggested.",
  );
  assert.deepEqual(latest.attachments, ["floorplan-v3.png", "lyon-budget.xlsx"]);
  assert.deepEqual(
    doc.messages.map((m) => [m.from.name, m.date]),
    [
      ["Jonas Weber", "2026-02-05T09:14:00"],
      ["Camille Durand", "2026-02-06T17:31:00"],
      ["Jonas Weber", "2026-02-07T11:48:09"],
    ],
  );
  assert.equal(doc.messages[0]!.body, "Here is the first draft of the floor plan.");
  assert.equal(doc.messages[1]!.subject, "Floor plan for the Lyon office");
  assert.equal(doc.date, "2026-02-07", "the date is the first exported message's, not a recovered quote's");
});

test("a forward with nothing written above it keeps the forwarded content as its body", () => {
  const doc = parse("forwarded-only.md");
  assert.equal(doc.messages.length, 1);
  const body = doc.messages[0]!.body;
  assert.match(body, /^Forwarded message from Facilities Desk <facilities@harborstreet\.example>:/);
  assert.match(body, /loading dock is open 7am to 3pm only/);
  assert.doesNotMatch(body, /Begin forwarded message|Subject: |Harbor Street Towers|Regards/);
  assert.equal(doc.messages[0]!.from.name, "Owen Castellanos");
});

test("a forward with a note keeps the note as body and the forwarded mail as an earlier message", () => {
  const text = [
    "# Fwd: Dock permit",
    "",
    "- Exported: 2026-02-05 12:00:00",
    "- Messages: 1",
    "---",
    "",
    "## 2026-02-05 11:20:00 — Owen Castellanos <owen@castellanos-labs.example>",
    "**Subject:** Fwd: Dock permit",
    "",
    "> Mara, can you apply for the permit before Monday?",
    "> ",
    "> ---------- Forwarded message ---------",
    "> From: Facilities Desk <facilities@harborstreet.example>",
    "> Date: Thu, Feb 5, 2026 at 10:02 AM",
    "> Subject: Dock permit",
    "> To: Owen Castellanos <owen@castellanos-labs.example>",
    "> ",
    "> Permits are issued within two working days.",
    "> ",
    "---",
    "",
  ].join("\n");
  const doc = appleMailParser.parse({ text, fileName: "fwd.md" });
  assert.deepEqual(
    doc.messages.map((m) => [m.from.name, m.body]),
    [
      ["Facilities Desk", "Permits are issued within two working days."],
      ["Owen Castellanos", "Mara, can you apply for the permit before Monday?"],
    ],
  );
});

test("clearly truncated export (heading, no body) is a SourceError 'truncated'", () => {
  assert.throws(
    () => appleMailParser.parse(fixture("truncated-after-heading.md")),
    (error: unknown) => error instanceof SourceError && error.code === "truncated",
  );
});

test("a last message cut off mid-body is parsed with a warning", () => {
  const doc = parse("cut-off-last-message.md");
  assert.equal(doc.messages.length, 2);
  assert.equal(doc.messages[1]!.body, "Yes, both are in the lab. I can drop them off on");
  assert.ok(doc.warnings.some((w) => w.includes("cut off")), doc.warnings.join("; "));
});

test("empty and unrelated input are rejected with the right codes", () => {
  assert.throws(
    () => appleMailParser.parse({ text: "  \n", fileName: "empty.md" }),
    (error: unknown) => error instanceof SourceError && error.code === "empty",
  );
  assert.throws(
    () => appleMailParser.parse({ text: "# Notes\n\nJust some notes.\n", fileName: "notes.md" }),
    (error: unknown) => error instanceof SourceError && error.code === "unrecognised",
  );
});

test("single-message variant with **From:**/**To:**/**Cc:**/**Date:** fields", () => {
  const doc = parse("single-message-fields.md");
  assert.equal(doc.title, "Budget sign-off for Q2");
  assert.equal(doc.date, "2026-03-02");
  const [message] = doc.messages;
  assert.deepEqual(message!.from, { name: "Hana Sato", email: "hana.sato@brightrail.example" });
  assert.deepEqual(
    message!.to.map((a) => a.name),
    ["Jonas Weber", "Camille Durand"],
  );
  assert.deepEqual(message!.cc, [{ name: "Facilities Team", email: "facilities@brightrail.example" }]);
  assert.equal(message!.body, "Jonas,\n\nPlease send me the signed Lyon budget by March 6.");
  assert.deepEqual(doc.participantsHint, ["Hana Sato", "Jonas Weber", "Camille Durand"], "a team address is no person");
});

test("a thread is automated only when every exported message is", () => {
  const block = (date: string, from: string, subject: string, body: string): string =>
    [`## ${date} — ${from}`, `**Subject:** ${subject}`, "", ...body.split("\n").map((l) => `> ${l}`), "", "---", ""].join("\n");
  const head = "# Alert\n\n- Exported: 2026-02-09 10:00:00\n- Messages: 2\n---\n\n";
  const alert = block(
    "2026-02-09 09:00:00",
    "Build Bot <notifications@ci.example>",
    "Alert: nightly build failed",
    "The nightly build failed on step 4.",
  );
  const reply = block(
    "2026-02-09 09:30:00",
    "Owen Castellanos <owen@castellanos-labs.example>",
    "Re: Alert: nightly build failed",
    "I'll look at it this afternoon.",
  );
  assert.equal(appleMailParser.parse({ text: head + alert, fileName: "a.md" }).automated, true);
  assert.equal(appleMailParser.parse({ text: head + alert + "\n" + reply, fileName: "b.md" }).automated, false);
});
