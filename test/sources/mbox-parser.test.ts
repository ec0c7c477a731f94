import { after, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { groupThreads, type ThreadKey } from "../../src/sources/email/group-threads.ts";
import { splitMbox } from "../../src/sources/email/split-mbox.ts";
import { readSource } from "../../src/sources/read-source.ts";
import { readSourceDocuments, readSourceFile, sourcePart } from "../../src/sources/read-source-documents.ts";

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function madeDir(dir: string): string {
  made.push(dir);
  return dir;
}

const archivePath = fileURLToPath(new URL("../fixtures/sources/eml/archive.mbox", import.meta.url));
const archive = readFileSync(archivePath, "utf8");
const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

function writeTemp(name: string, text: string): string {
  const path = join(madeDir(mkdtempSync(join(tmpdir(), "mnemo-mbox-"))), name);
  writeFileSync(path, text);
  return path;
}

test("an mbox gives one source per thread, named <file>#<n>, with the file's own hash beside them", async () => {
  const file = await readSourceFile(archivePath);
  assert.equal(file.fileName, "archive.mbox");
  assert.equal(file.contentHash, sha256(readFileSync(archivePath)));
  const docs = file.documents;
  assert.deepEqual(docs.map((d) => d.fileName), ["archive.mbox#1", "archive.mbox#2", "archive.mbox#3"]);
  assert.deepEqual(docs.map((d) => d.format), ["mbox", "mbox", "mbox"]);
  assert.deepEqual(docs.map((d) => d.title), ["Vendor contract renewal", "Offsite logistics", "Your weekly storage report 📦"]);
  assert.equal(new Set(docs.map((d) => d.contentHash)).size, 3);
  assert.ok(docs.every((d) => d.contentHash !== file.contentHash));
  assert.deepEqual(await readSourceDocuments(archivePath), docs);
});

test("threads: by In-Reply-To, by a reply subject without references; newsletters are automated", async () => {
  const [contract, offsite, digest] = await readSourceDocuments(archivePath);
  // Joined through In-Reply-To/References although another thread's mail came in between.
  assert.deepEqual(contract!.messages.map((m) => m.from.name), ["Priya Natarajan", "Dana Whitfield"]);
  assert.deepEqual(contract!.messages.map((m) => m.date), ["2025-10-20T10:02:11", "2025-10-21T09:30:05"]);
  // The reply's quote of Priya's message is cut and not counted twice.
  assert.doesNotMatch(contract!.messages[1]!.body, /Globex|wrote:/);
  assert.equal(contract!.messages.length, 2);
  // `>From the last renewal` was mbox escaping, not a quote.
  assert.match(contract!.messages[0]!.body, /^From the last renewal we still have two open items/m);
  assert.equal(contract!.date, "2025-10-20");
  assert.equal(contract!.automated, false);

  assert.deepEqual(offsite!.messages.map((m) => m.from.name), ["Dana Whitfield", "Luis Ortega"]);
  assert.match(offsite!.messages[1]!.body, /^Rooms are booked at the Lodge/);

  assert.equal(digest!.messages.length, 1);
  assert.equal(digest!.automated, true);
  assert.match(digest!.messages[0]!.body, /41\.2 GB of 100 GB/, "HTML-only body as text");
});

test("a thread keeps its hash when other mail is added to the mailbox; a new reply changes only its own", async () => {
  const before = await readSourceDocuments(archivePath);
  const unrelated = `\nFrom mara@acme.example Wed Oct 22 08:00:00 2025\nMessage-ID: <budget-1@acme.example>\nDate: Wed, 22 Oct 2025 08:00:00 -0700\nFrom: Mara Oyelaran <mara@acme.example>\nTo: Dana Whitfield <dana@acme.example>\nSubject: Budget review\n\nCan we move the budget review to Friday?\n`;
  const reply = `\nFrom dana@acme.example Wed Oct 22 09:00:00 2025\nMessage-ID: <offsite-102@acme.example>\nIn-Reply-To: <offsite-101@acme.example>\nReferences: <offsite-100@acme.example> <offsite-101@acme.example>\nDate: Wed, 22 Oct 2025 09:00:00 -0700\nFrom: Dana Whitfield <dana@acme.example>\nTo: Luis Ortega <luis.ortega@acme.example>\nSubject: Re: Offsite logistics\n\nThanks Luis, that works.\n`;
  const grown = await readSourceDocuments(writeTemp("archive.mbox", archive + unrelated + reply));
  assert.equal(grown.length, 4);
  assert.equal(grown[0]!.contentHash, before[0]!.contentHash);
  assert.notEqual(grown[1]!.contentHash, before[1]!.contentHash);
  assert.equal(grown[1]!.messages.length, 3);
  assert.equal(grown[2]!.contentHash, before[2]!.contentHash);
  assert.equal(grown[3]!.title, "Budget review");
});

test("splitting: envelope lines only after a blank line and before a header; CRLF files; >From unescaped", () => {
  const text = [
    "From a@x.example Mon Oct 20 10:00:00 2025",
    "From: A <a@x.example>",
    "Subject: One",
    "",
    "From here on we use the new template.",
    ">From the archive: nothing.",
    ">>From two levels.",
    "",
    "From b@x.example Mon Oct 20 11:00:00 2025",
    "From: B <b@x.example>",
    "Subject: Two",
    "",
    "Second.",
    "",
  ];
  for (const eol of ["\n", "\r\n"]) {
    const messages = splitMbox(new TextEncoder().encode(text.join(eol)));
    assert.equal(messages.length, 2, JSON.stringify(eol));
    const first = new TextDecoder().decode(messages[0]!.bytes);
    assert.ok(first.startsWith(`From: A <a@x.example>${eol}`));
    assert.ok(first.includes(`From here on we use the new template.${eol}From the archive: nothing.${eol}>From two levels.${eol}`));
    assert.ok(first.endsWith(`>From two levels.${eol}`), "the separating blank line belongs to no message");
    assert.equal(new TextDecoder().decode(messages[1]!.bytes), `From: B <b@x.example>${eol}Subject: Two${eol}${eol}Second.${eol}`);
  }
});

test("grouping: a shared missing parent joins replies; equal subjects that are no reply stay apart", () => {
  const key = (messageId: string, subject: string, refs: string[] = []): ThreadKey => ({
    messageId,
    inReplyTo: refs[refs.length - 1] ?? null,
    references: refs,
    subject,
  });
  const threads = groupThreads([
    key("a", "Weekly digest"),
    key("b", "Re: Launch plan", ["root-not-in-file"]),
    key("c", "Weekly digest"),
    key("d", "RE: Launch plan", ["root-not-in-file", "b"]),
    key("e", "AW: [team] Weekly digest"),
    key("f", "Launch plan"),
  ]);
  // e is a reply by subject only (no references): it joins the first "Weekly digest"; f shares b's subject but
  // b and d are linked by references, and f is no reply, so f stays alone.
  assert.deepEqual(threads, [[0, 4], [1, 3], [2], [5]]);
});

test("the mbox part convention", () => {
  assert.deepEqual(sourcePart("archive.mbox#2"), { fileName: "archive.mbox", part: 2 });
  assert.deepEqual(sourcePart("Takeout Inbox.MBOX#11"), { fileName: "Takeout Inbox.MBOX", part: 11 });
  assert.equal(sourcePart("archive.mbox"), null);
  assert.equal(sourcePart("Standup #2.vtt"), null);
});

test("an empty mailbox file fails with a SourceError", async () => {
  await assert.rejects(readSourceDocuments(writeTemp("empty.mbox", "")), { name: "SourceError", code: "empty" });
});

test("readSourceDocuments: other formats are one document, exactly as readSource reads them", async () => {
  const vtt = fileURLToPath(new URL("../fixtures/sources/team-sync.vtt", import.meta.url));
  const file = await readSourceFile(vtt);
  assert.deepEqual(file.documents, [await readSource(vtt)]);
  assert.equal(file.contentHash, file.documents[0]!.contentHash);
  await assert.rejects(readSourceDocuments(join(tmpdir(), "mnemo-no-such-file.mbox")), { name: "SourceError", code: "unreadable" });
});
