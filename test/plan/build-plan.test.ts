import assert from "node:assert/strict";
import { test } from "node:test";
import { advanceState } from "../../src/plan/advance-state.ts";
import { buildPlan, pagesToRead } from "../../src/plan/build-plan.ts";
import { newPersonPage } from "../../src/plan/person-page.ts";
import { sha256 } from "../../src/shared/sha256.ts";
import type { ChangePlan } from "../../src/plan/change-plan.ts";
import { config, request, state } from "../helpers/builders.ts";

function archiveTarget(plan: ChangePlan): string | undefined {
  const op = plan.ops.at(-1);
  return op?.kind === "archive-source" ? op.to : undefined;
}

test("a new source plans its note, a page per participant but the owner, and the archive move last", () => {
  const plan = buildPlan(request(), state());
  assert.equal(plan.outcome, "ingest");
  assert.equal(plan.note, "Meetings/2025/2025-11-05 - Pricing review with Raj.md");
  assert.deepEqual(
    plan.ops.map((o) => [o.kind, o.kind === "archive-source" ? o.to : o.path]),
    [
      ["create-file", "Meetings/2025/2025-11-05 - Pricing review with Raj.md"],
      ["create-file", "People/Raj Patel.md"],
      ["archive-source", "Sources/Transcripts/2025/pricing.vtt"],
    ],
  );
  const note = plan.ops[0]!.kind === "create-file" ? plan.ops[0]!.content : "";
  assert.match(note, /^source_ref: Sources\/Transcripts\/2025\/pricing\.vtt$/m);
  assert.match(note, /^\*\*With\*\*: Dana Whitfield, \[\[Raj Patel\]\]$/m);
  assert.match(note, /^- \[\?\] Send the pricing sheet @Raj Patel 📅 2025-11-07 #task #proposed #auto$/m);
});

test("planning is pure: the same inputs give the same plan", () => {
  assert.deepEqual(buildPlan(request(), state()), buildPlan(request(), state()));
});

test("content ingested before is a duplicate with no operations", () => {
  const plan = buildPlan(request(), state({}, { ingested: new Map([["a".repeat(64), "Meetings/2025/x.md"]]) }));
  assert.equal(plan.outcome, "duplicate");
  assert.equal(plan.note, "Meetings/2025/x.md");
  assert.deepEqual(plan.ops, []);
});

test("taken note and archive names get a numbered name instead of overwriting", () => {
  const plan = buildPlan(
    request(),
    state({ "Meetings/2025/2025-11-05 - Pricing review with Raj.md": "other", "Sources/Transcripts/2025/pricing.vtt": "other" }),
  );
  assert.equal(plan.note, "Meetings/2025/2025-11-05 - Pricing review with Raj (2).md");
  assert.equal(archiveTarget(plan), "Sources/Transcripts/2025/pricing (2).vtt");
});

test("an existing person page is updated (guarded by its hash), found through an alias too", () => {
  const page = newPersonPage("Raj Patel", { date: "2025-10-01", notePath: "Meetings/2025/old", title: "Old" });
  const s = state({ "Contacts/Raj.md": page }, { people: new Map([["raj patel", "Contacts/Raj.md"]]) });
  assert.deepEqual(pagesToRead(request(), s), ["Contacts/Raj.md"]);
  const op = buildPlan(request(), s).ops[1]!;
  assert.equal(op.kind, "update-file");
  if (op.kind !== "update-file") return;
  assert.equal(op.path, "Contacts/Raj.md");
  assert.equal(op.before, sha256(page));
  assert.match(op.content, /- 2025-11-05 · \[\[Meetings\/2025\/2025-11-05 - Pricing review with Raj\|Pricing review with Raj\]\]\n- 2025-10-01/);
});

test("emails are filed under Email/<year> and archived under Sources/Email", () => {
  const plan = buildPlan(request({ note_type: "email", title: "Re: renewal" }, { kind: "email", fileName: "renewal.md" }), state());
  assert.equal(plan.note, "Email/2025/2025-11-05 - Re renewal.md");
  assert.equal(archiveTarget(plan), "Sources/Email/2025/renewal.md");
});

test("after advancing the state, the same content is a duplicate and the new page is known", () => {
  const first = buildPlan(request(), state());
  const next = advanceState(state(), first, config, null);
  assert.equal(buildPlan(request(), next).outcome, "duplicate");
  assert.equal(next.people.get("raj patel"), "People/Raj Patel.md");
  const other = buildPlan(request({ title: "Follow-up" }, { contentHash: "b".repeat(64), fileName: "b.vtt" }), next);
  assert.equal(other.ops[1]!.kind, "update-file");
});
