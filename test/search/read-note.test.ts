import assert from "node:assert/strict";
import { test } from "node:test";
import { readNote } from "../../src/search/read-note.ts";
import { readSourceText } from "../../src/search/read-source-text.ts";

const NOTE = [
  "---",
  "type: meeting",
  "title: Pricing review with Raj",
  "date: 2025-11-05",
  "entity: Acme",
  "participants:",
  "  - Dana Whitfield",
  "  - '[[Raj Patel]]'",
  "tags: [type/meeting, generated]",
  "---",
  "",
  "# Pricing review with Raj",
  "",
  "**Date**: 2025-11-05",
  "",
  "## Summary",
  "",
  "We reviewed pricing. #project/renewal",
  "",
  "## Action Items",
  "",
  "- [?] Send the pricing sheet @Mia Chen 📅 2025-11-07 #task #proposed",
  "- [x] Book the room @Myself #task",
  "",
  "## Decisions",
  "",
  "```",
  "## not a heading",
  "```",
  "",
  "## Key Information",
  "",
  "_None found._",
  "",
].join("\n");

test("readNote: frontmatter for filters, a passage per section, a passage per task line", () => {
  const f = readNote("Meetings/2025/x.md", NOTE);
  assert.equal(f.kind, "note");
  assert.equal(f.type, "meeting");
  assert.equal(f.title, "Pricing review with Raj");
  assert.equal(f.date, "2025-11-05");
  assert.deepEqual(f.accounts, ["Acme"]);
  assert.deepEqual(f.people.sort(), ["Dana Whitfield", "Mia Chen", "Raj Patel"]);
  assert.deepEqual(f.tags.sort(), ["generated", "project/renewal", "proposed", "task", "type/meeting"]);
  assert.deepEqual(
    f.passages.map((p) => [p.kind, p.heading, p.line, p.text]),
    [
      ["intro", null, 14, "**Date**: 2025-11-05"],
      ["summary", "Summary", 18, "We reviewed pricing. #project/renewal"],
      ["tasks", "Action Items", 22, "Send the pricing sheet @Mia Chen 📅 2025-11-07 #task #proposed"],
      ["tasks", "Action Items", 23, "Book the room @Myself #task"],
      ["decisions", "Decisions", 27, "```\n## not a heading\n```"],
    ],
  );
  assert.deepEqual(f.passages[2]!.task, { status: "proposed", owner: "Mia Chen", due: "2025-11-07" });
  assert.equal(f.passages[3]!.task?.status, "done");
});

test("readNote: a person page is an entity found by its name and aliases", () => {
  const f = readNote("People/Raj Patel.md", "---\ntype: person\naliases: [RP]\n---\n\n# Raj Patel\n\n## Recent context\n\n- 2025-11-05 · [[Meetings/x|Pricing]]\n");
  assert.equal(f.kind, "entity");
  assert.deepEqual(f.people.sort(), ["RP", "Raj Patel"]);
  assert.deepEqual(f.passages.map((p) => p.heading), [null, "Recent context"]);
});

test("readSourceText: cues lose their timings, binaries are skipped", () => {
  const vtt = readSourceText("Sources/Transcripts/2025/2025-11-05 a.vtt", Buffer.from("WEBVTT\n\n1\n00:00.000 --> 00:02.000\n<v Raj Patel>Forty per seat.\n"));
  assert.equal(vtt?.passages.map((p) => p.text).join("|"), "Raj Patel: Forty per seat.");
  assert.equal(vtt?.date, "2025-11-05");
  assert.equal(readSourceText("Sources/Documents/x.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2])), null);
});
