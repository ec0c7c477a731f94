import assert from "node:assert/strict";
import { test } from "node:test";
import { suggestOutputs } from "../../src/outputs/suggest-outputs.ts";
import type { EmailMessage, SourceDocument } from "../../src/sources/source-document.ts";
import { extraction } from "../helpers/builders.ts";

const ctx = { ownerName: "Dana Whitfield", ownerAliases: ["Dana"] };
const msg = (from: string, body: string): EmailMessage => ({ from: { name: from, email: null }, to: [], cc: [], date: null, subject: "Offsite", body, attachments: [] });
const emailDoc = (messages: EmailMessage[], automated = false): SourceDocument => ({
  kind: "email", format: "eml", fileName: "t.eml", contentHash: "a".repeat(64), textHash: "b".repeat(64), title: "Offsite", date: "2025-11-05",
  participantsHint: [], segments: [], messages, automated, warnings: [],
});
const x = extraction({ note_type: "email", title: "Offsite", tasks: [], decisions: [] });

test("a reply is suggested only when the last message, from someone else, asks something", () => {
  const asked = suggestOutputs(emailDoc([msg("Luis Ortega", "Hi Dana. Can you confirm the venue by Friday? Thanks.")]), x, ctx);
  assert.equal(asked.length, 1);
  assert.equal(asked[0]!.kind, "reply");
  assert.deepEqual(asked[0]!.to, ["Luis Ortega"]);
  assert.match(asked[0]!.body, /^Hi Luis,\n\n[\s\S]*> Can you confirm the venue by Friday\?\n\n\[your answer\][\s\S]*\nDana$/);
  assert.deepEqual(suggestOutputs(emailDoc([msg("Luis Ortega", "Can you confirm?"), msg("Dana Whitfield", "Confirmed.")]), x, ctx), [], "the owner answered last");
  assert.deepEqual(suggestOutputs(emailDoc([msg("Luis Ortega", "The venue is booked. See you there.")]), x, ctx), [], "no question");
  assert.deepEqual(suggestOutputs(emailDoc([msg("Store", "Would you like 20% off?")], true), x, ctx), [], "automated mail");
});

test("a meeting with tasks gets a follow-up addressed to the other participants; without tasks or decisions, none", () => {
  const doc: SourceDocument = { ...emailDoc([]), kind: "transcript", segments: [{ speaker: "Raj Patel", start: 0, end: 1, text: "Sure." }] };
  const [follow] = suggestOutputs(doc, extraction(), ctx);
  assert.equal(follow?.kind, "follow-up");
  assert.deepEqual(follow!.to, ["Raj Patel"]);
  assert.match(follow!.body, /^Hi Raj,/);
  assert.match(follow!.body, /Decisions\n- Go with option B for the renewal\./);
  assert.match(follow!.body, /Who does what\n- Raj Patel: Send the pricing sheet \(by 2025-11-07\)/);
  assert.deepEqual(suggestOutputs(doc, extraction({ tasks: [], decisions: [] }), ctx), []);
});
