import assert from "node:assert/strict";
import { test } from "node:test";
import { mergeNote } from "../../src/plan/merge-note.ts";
import { renderNote } from "../../src/plan/render-note.ts";
import { extraction } from "../helpers/builders.ts";

const meta = { sourceKind: "transcript" as const, sourceRef: "Sources/Transcripts/2025/a.vtt", contentHash: "a".repeat(64), ownerName: "Dana Whitfield", linkedPeople: ["Raj Patel"] };
const v1 = renderNote(
  extraction({
    decisions: ["Go with option B for the renewal.", "Hold the price until March."],
    tasks: [
      { text: "Send the pricing sheet", owner: "Raj Patel", due: "2025-11-07", priority: null },
      { text: "Book the venue", owner: "Dana Whitfield", due: null, priority: null },
    ],
  }),
  meta,
);

test("regenerating an untouched note gives exactly the new note", () => {
  const v2 = renderNote(extraction({ facts: ["The renewal is worth $150k a year."] }), meta);
  const merged = mergeNote(v1, v2);
  assert.equal(merged.content, v2);
  assert.deepEqual(merged.conflicts, []);
});

test("the user's added lines, task triage, deletions and rewrites survive regeneration", () => {
  const edited = v1
    .replace("- [?] Send the pricing sheet @[[Raj Patel]]", "- [x] Send the pricing sheet @[[Raj Patel]]")
    .replace("- [?] Send the pricing sheet @Raj Patel", "- [x] Send the pricing sheet @Raj Patel")
    .replace("- Hold the price until March.\n", "")
    .replace("[[Raj Patel]] walked through the Q4 pricing sheet.", "Raj and I went through pricing; he was nervous.")
    .replace("- The renewal is worth $120k a year.\n", "- The renewal is worth $120k a year.\n- Raj prefers email over calls.\n")
    .replace("title: Pricing review with Raj", "title: Pricing with Raj (my title)");
  const v2 = renderNote(
    extraction({
      summary: "Raj Patel presented the new pricing.",
      decisions: ["Go with option B for the renewal.", "Hold the price until March."],
      facts: ["The renewal is worth $120k a year.", "Northwind has 40 seats."],
      tasks: [
        { text: "Send the pricing sheet", owner: "Raj Patel", due: "2025-11-07", priority: null },
        { text: "Book the venue", owner: "Dana Whitfield", due: null, priority: null },
        { text: "Draft the offer", owner: "Dana Whitfield", due: null, priority: null },
      ],
    }),
    meta,
  );
  const { content, conflicts } = mergeNote(edited, v2);
  assert.match(content, /^- \[x\] Send the pricing sheet @Raj Patel 📅 2025-11-07 #task #proposed #auto$/m, "the done task stays done");
  assert.equal(content.match(/Send the pricing sheet/g)?.length, 1, "and is not proposed again");
  assert.match(content, /^- \[\?\] Draft the offer @Myself #task #proposed #auto$/m, "new proposals arrive");
  assert.ok(!content.includes("Hold the price until March"), "a decision the user deleted is not re-added");
  assert.match(content, /^- Raj prefers email over calls\.$/m, "the user's own fact is kept");
  assert.match(content, /^- Northwind has 40 seats\.$/m, "new facts arrive");
  assert.match(content, /Raj and I went through pricing; he was nervous\./);
  assert.ok(!content.includes("presented the new pricing"), "the user's summary wins");
  assert.match(content, /^title: Pricing with Raj \(my title\)$/m);
  assert.equal(content.split("\n## Key Information\n").length, 2, "each section once");
  assert.deepEqual(conflicts.sort(), [
    "## Decisions: not re-adding a line you removed: - Hold the price until March.",
    "## Summary: kept your edit; the new text was not applied",
    "frontmatter title: kept your value",
  ]);
});

test("sections the user added are kept", () => {
  const edited = `${v1}\n## My notes\n\nCall back after lunch.\n`;
  const { content } = mergeNote(edited, v1);
  assert.match(content, /\n## My notes\n\nCall back after lunch\.\n$/);
});

test("a proposal whose text the user edited is kept as edited and not proposed again", () => {
  const edited = v1.replace("- [?] Book the venue @Myself", "- [?] Book the Riverside venue for 60 people @Myself");
  const { content } = mergeNote(edited, v1);
  assert.match(content, /^- \[\?\] Book the Riverside venue for 60 people @Myself #task #proposed #auto$/m);
  assert.equal(content.match(/Book the/g)?.length, 1);
});
