import { after, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { emlParser } from "../../src/sources/parse-eml.ts";
import { readSourceDocuments } from "../../src/sources/read-source-documents.ts";
import type { SourceDocument } from "../../src/sources/source-document.ts";

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function madeDir(dir: string): string {
  made.push(dir);
  return dir;
}

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/sources/eml/${name}`, import.meta.url));

async function readOne(name: string): Promise<SourceDocument> {
  const documents = await readSourceDocuments(fixture(name));
  assert.equal(documents.length, 1);
  return documents[0]!;
}

/** Reads an .eml made from `text` in a temp dir. */
async function readText(text: string, name = "message.eml"): Promise<SourceDocument> {
  const dir = madeDir(mkdtempSync(join(tmpdir(), "mnemo-eml-")));
  writeFileSync(join(dir, name), text);
  const [document] = await readSourceDocuments(join(dir, name));
  return document!;
}

test("multipart/alternative: quoted-printable text part, encoded-word subject, no HTML, no signature", async () => {
  const doc = await readOne("pricing-proposal.eml");
  assert.equal(doc.kind, "email");
  assert.equal(doc.format, "eml");
  assert.equal(doc.fileName, "pricing-proposal.eml");
  assert.equal(doc.contentHash, createHash("sha256").update(readFileSync(fixture("pricing-proposal.eml"))).digest("hex"));
  assert.equal(doc.title, "Q4 pricing – proposal for Café Lumière");
  assert.equal(doc.date, "2025-11-04");
  assert.equal(doc.messages.length, 1);
  const [message] = doc.messages;
  assert.deepEqual(message!.from, { name: "Raj Patel", email: "raj.patel@northwind.example" });
  assert.deepEqual(message!.to, [{ name: "Dana Whitfield", email: "dana@acme.example" }]);
  // `"Okafor, Maya"` is a person written last name first; a bare address has no name.
  assert.deepEqual(message!.cc, [
    { name: "Maya Okafor", email: "maya.okafor@acme.example" },
    { name: null, email: "lee@northwind.example" },
  ]);
  assert.equal(message!.date, "2025-11-04T09:15:00", "the sender's clock, from Date: … -0800");
  // Quoted-printable: `=E2=80=99` and `=C3=A9` decoded, soft line breaks joined.
  assert.match(message!.body, /Here’s where we landed on Q4 pricing for Café Lumière: a 12% discount/);
  assert.match(message!.body, /the onboarding fee waived\./);
  assert.doesNotMatch(message!.body, /<p>|<div|=3D|=E2/);
  assert.doesNotMatch(message!.body, /Head of Partnerships|555 0134/, "signature removed");
  assert.deepEqual(doc.segments.map((s) => s.speaker), ["Raj Patel"]);
  assert.deepEqual(doc.participantsHint, ["Raj Patel", "Dana Whitfield", "Maya Okafor"]);
  assert.equal(doc.automated, false);
});

test("a reply: base64 body decoded, quoted history becomes the earlier message, attachments listed not dumped", async () => {
  const doc = await readOne("pricing-reply.eml");
  assert.equal(doc.title, "Q4 pricing – proposal for Café Lumière", "reply prefix dropped from the title");
  assert.equal(doc.date, "2025-11-05");
  assert.deepEqual(doc.messages.map((m) => m.from.name), ["Raj Patel", "Dana Whitfield"]);
  const [quoted, reply] = doc.messages;
  assert.match(quoted!.body, /^Hi Dana,/);
  assert.match(quoted!.body, /send the revised order form/);
  assert.equal(quoted!.date, "2025-11-04T09:15:00");
  assert.match(reply!.body, /^Raj,\n\nDone: the order form went to their CFO this morning\./);
  assert.match(reply!.body, /review the forecast together on Monday\.$/);
  assert.doesNotMatch(reply!.body, /wrote:|^>|VP Sales|628 555/m, "no quote, no signature");
  assert.deepEqual(reply!.attachments, ["Order form - Cafe Lumiere.pdf"], "the inline logo is no attachment");
  assert.ok(!doc.segments.some((s) => /%PDF|iVBOR/.test(s.text)), "attachment bytes never reach the text");
  assert.ok(doc.warnings.includes("1 earlier message recovered from quoted history"));
});

test("an HTML-only body in ISO-8859-1 becomes text; its Gmail quote is cut off and recovered", async () => {
  const doc = await readOne("html-only.eml");
  const last = doc.messages[doc.messages.length - 1]!;
  assert.deepEqual(last.from, { name: "Renée Müller", email: "renee.mueller@lumenfield.example" });
  assert.match(last.body, /We tested build 4\.2 on the Harbor Street kiosks and it is stable\./);
  assert.match(last.body.replace(/\s+/g, " "), /starts on Monday; I will send the schedule to the store managers\./);
  assert.doesNotMatch(last.body, /<|gmail|margin:|Can we start the rollout/);
  assert.equal(last.date, "2025-11-13T16:40:10");
  assert.equal(doc.messages.length, 2);
  assert.equal(doc.messages[0]!.from.name, "Dana Whitfield");
  assert.match(doc.messages[0]!.body, /Can we start the rollout next week/);
});

test("Outlook: an HTML part alone inside multipart/alternative; its From/Sent/To/Subject quote is cut and recovered", async () => {
  const doc = await readOne("outlook-html-reply.eml");
  assert.equal(doc.title, "Security review");
  assert.deepEqual(doc.messages.map((m) => m.from.name), ["Dana Whitfield", "Mei Chen"]);
  const [quoted, reply] = doc.messages;
  assert.equal(reply!.body, "Dana,\n\nWe can do the security review on Tuesday at 2pm. I will bring the pen-test report.");
  assert.equal(quoted!.body, "Can we schedule the security review next week?");
  assert.equal(quoted!.date, "2025-11-13T16:00:00");
  // `To: Chen, Mei <…>` in the quote header is one person, not "Chen" and "Mei".
  assert.deepEqual(quoted!.to, [{ name: "Mei Chen", email: "mei.chen@contoso.example" }]);
  assert.deepEqual(doc.participantsHint, ["Dana Whitfield", "Mei Chen"]);
});

test("a newsletter from a person-like sender is automated because of its headers", async () => {
  const text = readFileSync(fixture("newsletter.eml"), "utf8");
  assert.equal((await readText(text)).automated, true);
  const withoutBulkHeaders = text.replace(/^(?:List-Unsubscribe|List-Unsubscribe-Post|Precedence):.*\n/gm, "");
  assert.equal((await readText(withoutBulkHeaders)).automated, false, "the body alone reads as a person's mail");
});

test("automated-mail headers, one by one", async () => {
  const base = (headers: string): string =>
    `From: Jo Park <jo@lumenfield.example>\nTo: dana@acme.example\nSubject: Quick update\nDate: Mon, 10 Nov 2025 10:00:00 +0000\n${headers}\nThe pilot starts next week with three stores.\n`;
  const cases: [string, boolean][] = [
    ["", false],
    ["Auto-Submitted: auto-replied\n", true],
    ["Auto-Submitted: auto-generated\n", true],
    ["Auto-Submitted: no\n", false],
    ["Precedence: bulk\n", true],
    ["Precedence: junk\n", true],
    ["List-Unsubscribe: <mailto:leave@lists.example>\n", true],
    // A discussion list (people write to it) also has List-Post: still a human message.
    ["List-Unsubscribe: <mailto:leave@lists.example>\nList-Post: <mailto:team@lists.example>\n", false],
  ];
  for (const [headers, automated] of cases) {
    assert.equal((await readText(base(headers))).automated, automated, JSON.stringify(headers));
  }
});

test(".eml is recognised by its header block, not by its extension", () => {
  const head = (text: string): Uint8Array => new TextEncoder().encode(text);
  assert.ok(emlParser.detect(head(readFileSync(fixture("pricing-proposal.eml"), "latin1")), "saved message.txt") >= 0.9);
  assert.equal(emlParser.detect(head("Dana: Let's start.\nRaj: Sure.\n"), "notes.eml"), 0);
  assert.equal(emlParser.detect(head("# Pricing\n\n- Exported: 2025-11-05\n"), "thread.eml"), 0, "an Apple Mail markdown export");
  assert.equal(emlParser.detect(head("WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n"), "call.vtt"), 0);
});

test("Apple Mail's .emlx (length line, message, property list) and a UTF-8 BOM are read as the message alone", async () => {
  const message = "From: Jo Park <jo@lumenfield.example>\nSubject: Pilot\nDate: Mon, 10 Nov 2025 10:00:00 +0000\n\nThe pilot starts next week.\n";
  const plist = '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>flags</key><integer>8590195713</integer></dict></plist>\n';
  const emlx = await readText(`${Buffer.byteLength(message)}\n${message}${plist}`, "12345.emlx");
  assert.equal(emlx.format, "eml");
  assert.equal(emlx.messages[0]!.body, "The pilot starts next week.");
  const bom = await readText(`\uFEFF${message}`, "pilot.eml");
  assert.equal(bom.messages[0]!.from.name, "Jo Park");
  assert.equal(bom.title, "Pilot");
});

test("dates: the sender's wall clock for any zone form, null without a Date header", async () => {
  const cases: [string, string | null][] = [
    ["Date: Tue, 04 Nov 2025 23:30:00 +0530", "2025-11-04T23:30:00"],
    ["Date: Wed, 5 Nov 2025 01:05:09 -0800 (PST)", "2025-11-05T01:05:09"],
    ["Date: 5 Nov 2025 08:00 GMT", "2025-11-05T08:00:00"],
    ["Date: Thu, 6 Nov 2025 09:00:00 EDT", "2025-11-06T09:00:00"],
    ["X-No-Date: yes", null],
  ];
  for (const [header, expected] of cases) {
    const doc = await readText(`From: Jo Park <jo@lumenfield.example>\nSubject: Dates\n${header}\n\nHello.\n`);
    assert.equal(doc.messages[0]!.date, expected, header);
  }
});
