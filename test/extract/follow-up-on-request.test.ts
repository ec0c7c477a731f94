import { test } from "node:test";
import assert from "node:assert/strict";
import { followUpOnRequest } from "../../src/extract/follow-up-on-request.ts";

test("a follow-up promised after a request names who was asked and what", () => {
  assert.equal(
    followUpOnRequest("Follow up to see that we can get it done", "Since we're on the topic, I've asked our group, the storage team, to suggest a layout which is based on the new racks, and I will "),
    "Follow up with the storage team, asked to suggest a layout based on the new racks",
  );
  assert.equal(followUpOnRequest("Follow up on it", "Earlier today I asked Dana to send the pricing sheet. Okay, so I'll "), "Follow up with Dana, asked to send the pricing sheet");
  assert.equal(followUpOnRequest("Follow up", "We've told the vendor to ship the spare drives, but I'll "), "Follow up with the vendor, asked to ship the spare drives");
});

test("a follow-up that names someone or something, or no request before it, is left alone", () => {
  assert.equal(followUpOnRequest("Follow up with Dana", "I asked Dana to send the pricing sheet. "), "Follow up with Dana");
  assert.equal(followUpOnRequest("Follow up on the budget", "I asked Dana to send the pricing sheet. "), "Follow up on the budget");
  assert.equal(followUpOnRequest("Follow up to see that it's done", "The racks arrived last week and they look fine. "), "Follow up to see that it's done");
  assert.equal(followUpOnRequest("Follow up on it", "I asked him to send it. "), "Follow up on it");
  assert.equal(followUpOnRequest("Send the deck", "I asked Dana to send the pricing sheet. "), "Send the deck");
});

test("what was asked ends where the speaker's own next words begin", () => {
  assert.equal(followUpOnRequest("Follow up", "I asked the vendor to ship the spare drives I will "), "Follow up with the vendor, asked to ship the spare drives");
  assert.equal(followUpOnRequest("Follow up", "I asked the vendor to ship the spare drives and then I'll "), "Follow up with the vendor, asked to ship the spare drives");
});

test("a meeting's follow-up after a request says with whom and on what", async () => {
  const { extractWithRules } = await import("../../src/extract/extract-with-rules.ts");
  const { ctx, transcript } = await import("./source-fixtures.ts");
  const x = extractWithRules(
    transcript([
      ["Dana Whitfield", "The customer still wants a quote for the lab expansion before the end of the month."],
      ["Jason Vallery", "Right, and I've asked our group, the hardware team, to suggest a rack layout which is based on the new chassis, and I will follow up tomorrow to see that we can get it done."],
    ]),
    ctx,
  );
  const texts = x.tasks.map((t) => t.text);
  assert.ok(texts.includes("Follow up with the hardware team, asked to suggest a rack layout based on the new chassis"), JSON.stringify(texts));
});
