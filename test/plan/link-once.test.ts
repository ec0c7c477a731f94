import assert from "node:assert/strict";
import { test } from "node:test";
import { linkOnce } from "../../src/plan/link-once.ts";
import { renderNote } from "../../src/plan/render-note.ts";
import { extraction } from "../helpers/builders.ts";

test("a paragraph links each page at its first mention only", () => {
  assert.equal(
    linkOnce("Jason and [[Priya Raman|Priya]] discussed [[Raj Patel]]'s ledger. Plan: [[Priya Raman|Priya]] to call [[Raj Patel]]; [[raj patel|Raj]] to reply."),
    "Jason and [[Priya Raman|Priya]] discussed [[Raj Patel]]'s ledger. Plan: Priya to call Raj Patel; Raj to reply.",
  );
  assert.equal(linkOnce("No links here."), "No links here.");
});

test("the summary links a person once; task lines keep their own link", () => {
  const note = renderNote(
    extraction({
      summary: "Dana and Raj Patel discussed the renewal. Plan: Raj Patel to send the pricing sheet.",
      tasks: [{ text: "Send the pricing sheet to Raj Patel", owner: "Dana Whitfield", due: null, priority: null }],
    }),
    { sourceKind: "transcript", sourceRef: "Sources/Transcripts/2025/a.vtt", contentHash: "a".repeat(64), ownerName: "Dana Whitfield", linkedPeople: ["Raj Patel"] },
  );
  assert.match(note, /^Dana and \[\[Raj Patel\]\] discussed the renewal\. Plan: Raj Patel to send the pricing sheet\.$/m);
  assert.match(note, /^- \[\?\] Send the pricing sheet to \[\[Raj Patel\]\] /m);
});
