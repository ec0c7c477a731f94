import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseSource, parseSourceBytes } from "../../src/sources/read-source.ts";
import { SourceError } from "../../src/sources/source-error.ts";
import { buildDocx, buildPdf } from "./build-binary-fixtures.ts";

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/sources/${name}`, import.meta.url));
const texts = (doc: { segments: { text: string; speaker: string | null; start: number | null }[] }): string[] => {
  for (const s of doc.segments) assert.deepEqual([s.speaker, s.start], [null, null]);
  return doc.segments.map((s) => s.text);
};

test("Markdown: front matter title, one segment per heading, paragraph, list item and quote", () => {
  const name = "2025-02-20 design notes.md";
  const doc = parseSourceBytes(fixture(name), name);
  assert.deepEqual([doc.kind, doc.format, doc.title, doc.date], ["document", "markdown", "Search redesign notes", "2025-02-20"]);
  assert.deepEqual(texts(doc), [
    "Search redesign",
    "We want results in under 200 ms. The index rebuild runs nightly.",
    "Open questions",
    "Who owns the ranking model?",
    "Do we keep the legacy API?",
    "Decision: ship behind a flag first.",
  ]);
});

test("a .txt that is not a transcript or email is a document; its short first line is the title", () => {
  const doc = parseSourceBytes(fixture("plain-notes.txt"), "plain-notes.txt");
  assert.deepEqual([doc.kind, doc.format, doc.title], ["document", "text", "Reminders from the offsite"]);
  assert.equal(doc.segments.length, 3);
  assert.equal(doc.segments[1]?.text, "Budget is frozen until April. Hiring continues for the two open roles.");
  // Without a heading the title comes from the file name.
  assert.equal(parseSourceBytes(new TextEncoder().encode("Just one paragraph, no title.\n"), "2025-05-01 idea.md").title, "idea");
});

test("binary junk named .txt or .md still fails", () => {
  const junk = new Uint8Array(300).map((_, i) => (i * 37) % 256);
  for (const name of ["junk.txt", "junk.md"]) {
    assert.throws(() => parseSourceBytes(junk, name), (e: unknown) => e instanceof SourceError && e.code === "binary");
  }
});

test("HTML: <title> is the title, scripts and styles dropped, list items split", () => {
  const doc = parseSourceBytes(fixture("release-notes.html"), "release-notes.html");
  assert.deepEqual([doc.kind, doc.format, doc.title, doc.date], ["document", "html", "Release 4.2 & notes", "2025-04-30"]);
  assert.deepEqual(texts(doc), [
    "Release 4.2",
    "Published on 2025-04-30. This release fixes sync.",
    "Faster search",
    "New export dialog",
    "Thanks to everyone who tested it.",
  ]);
  // Recognised by content under another name.
  assert.equal(parseSourceBytes(fixture("release-notes.html"), "export.txt").format, "html");
});

test(".docx document: title from the first heading, one segment per paragraph", async () => {
  const bytes = buildDocx([
    { text: "Launch plan", style: "Heading1" },
    { text: "We ship on 2025-05-02 if QA signs off." },
    { text: "Risks", style: "Heading2" },
    { text: "Legal review is pending." },
  ]);
  const doc = await parseSource(bytes, "plan.docx");
  assert.deepEqual([doc.kind, doc.format, doc.title, doc.date], ["document", "docx", "Launch plan", "2025-05-02"]);
  assert.deepEqual(texts(doc), ["Launch plan", "We ship on 2025-05-02 if QA signs off.", "Risks", "Legal review is pending."]);
});

test("Teams .docx transcript: speakers, times and text; transcription notices dropped", async () => {
  const bytes = buildDocx([
    { text: "Pricing review" },
    { text: "March 14, 2025, 2:00PM" },
    { text: "32m 10s" },
    { text: "Dana Whitfield started transcription" },
    { text: "Dana Whitfield   0:03" },
    { text: "Good morning, everyone." },
    { text: "Raj Patel   1:15" },
    { text: "Morning. I have the numbers." },
  ]);
  const doc = await parseSource(bytes, "Pricing review.docx");
  assert.deepEqual([doc.kind, doc.format, doc.title, doc.date], ["transcript", "teams-docx", "Pricing review", "2025-03-14"]);
  assert.deepEqual(doc.segments.map((s) => [s.speaker, s.start, s.text]), [
    ["Dana Whitfield", 3, "Good morning, everyone."],
    ["Raj Patel", 75, "Morning. I have the numbers."],
  ]);
});

test("PDF text layer: metadata title, paragraphs by line gaps and pages", async () => {
  const bytes = buildPdf({
    title: "Quarterly plan",
    pages: [["Budget review", "We agreed to ship in May.", "", "Hiring stays frozen."], ["Page two starts here."]],
  });
  const doc = await parseSource(bytes, "q2.pdf");
  assert.deepEqual([doc.kind, doc.format, doc.title], ["document", "pdf", "Quarterly plan"]);
  assert.deepEqual(texts(doc), ["Budget review We agreed to ship in May.", "Hiring stays frozen.", "Page two starts here."]);
  const untitled = await parseSource(buildPdf({ pages: [["Only text."]] }), "2025-01-09 memo.pdf");
  assert.deepEqual([untitled.title, untitled.date], ["memo", "2025-01-09"]);
});

test("a PDF without text and a broken .docx fail with a reason", async () => {
  await assert.rejects(parseSource(buildPdf({ pages: [[]] }), "scan.pdf"), (e: unknown) => e instanceof SourceError && e.code === "empty" && /no text layer/.test(e.message));
  const docx = buildDocx([{ text: "x" }]);
  await assert.rejects(parseSource(docx.subarray(0, 120), "cut.docx"), (e: unknown) => e instanceof SourceError && e.code === "undecodable");
});
