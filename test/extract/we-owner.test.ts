import { test } from "node:test";
import assert from "node:assert/strict";
import { buildTurns } from "../../src/extract/build-turns.ts";
import { detectCommitments } from "../../src/extract/detect-commitments.ts";
import { extractWithRules } from "../../src/extract/extract-with-rules.ts";
import { resolveSpeakers } from "../../src/extract/resolve-speakers.ts";
import { ctx, transcript } from "./source-fixtures.ts";

function commitmentsOf(turns: [string, string][], weOwnerOf?: () => string) {
  const doc = transcript(turns);
  const sentences = buildTurns(doc, resolveSpeakers(doc, ctx)).flatMap((t) => t.sentences);
  return detectCommitments(sentences, {
    speakerOf: (s) => s.speaker,
    addresseeOf: (s) => (s.speaker === "Jason Vallery" ? "Dana Whitfield" : "Jason Vallery"),
    personNamed: () => null,
    ...(weOwnerOf ? { weOwnerOf } : {}),
  });
}

test("an obligation of 'we' goes to whom the caller says; plans and proposals stay their speaker's", () => {
  const turns: [string, string][] = [
    ["Dana Whitfield", "We have to sync with the billing team on the refund backlog."],
    ["Dana Whitfield", "We'll still need to migrate the ledger database before March."],
    ["Dana Whitfield", "Let's book the lab for the storage benchmark."],
    ["Dana Whitfield", "We're going to ship the connector in the next release."],
  ];
  const byVerb = new Map(commitmentsOf(turns, () => "Jason Vallery").map((x) => [x.verb, x.owner]));
  assert.equal(byVerb.get("sync"), "Jason Vallery");
  assert.equal(byVerb.get("migrate"), "Jason Vallery");
  assert.equal(byVerb.get("book"), "Dana Whitfield");
  assert.equal(byVerb.get("ship"), "Dana Whitfield");
  // Without the hook, every "we" is its speaker's, as before.
  assert.ok(commitmentsOf(turns).every((x) => x.owner === "Dana Whitfield"));
});

test("in a 1:1, an obligation the other side states for 'us' is the vault owner's to track", () => {
  const doc = transcript(
    [
      ["Jason Vallery", "Thanks for walking me through the tenancy gaps list."],
      ["Remote", "Sure. We have to sync with the billing platform team on these tenancy gaps before the December release."],
      ["Jason Vallery", "Makes sense."],
      ["Remote", "Let's review the quota design document together next Tuesday."],
    ],
    { title: "1:1 — Dana — 2025-10-29", participantsHint: ["Dana"], fileName: "2025-10-29 - 1-1 - Dana - 2025-10-29.md" },
  );
  const x = extractWithRules(doc, ctx);
  const sync = x.tasks.find((t) => /billing platform team/i.test(t.text));
  const review = x.tasks.find((t) => /quota design/i.test(t.text));
  assert.equal(sync?.owner, "Jason Vallery", JSON.stringify(x.tasks));
  assert.equal(review?.owner, "Dana", JSON.stringify(x.tasks));
});
