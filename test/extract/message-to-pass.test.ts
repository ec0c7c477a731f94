import { test } from "node:test";
import assert from "node:assert/strict";
import { withMessageToPass } from "../../src/extract/message-to-pass.ts";

test("a promise to contact someone takes the message said right after it as its purpose", () => {
  assert.equal(
    withMessageToPass("Follow up with Dana", "follow up with Dana, just so you know, I'm going to tell her thank you for the new servers and I will copy Raj on the email"),
    "Follow up with Dana to thank her for the new servers",
  );
  assert.equal(withMessageToPass("Ping Omar", "ping Omar and ask him whether the lab is free next week."), "Ping Omar to ask him whether the lab is free next week");
  assert.equal(withMessageToPass("Reach out to the billing team", "reach out to the billing team, I'll let them know that the invoice is late"), "Reach out to the billing team to let them know the invoice is late");
  assert.equal(withMessageToPass("Email Priya", "email Priya and tell her that the rollout slips a week"), "Email Priya to tell her the rollout slips a week");
});

test("a task that already says more, or a message too short or too long to be one, is left alone", () => {
  assert.equal(withMessageToPass("Send the deck to Dana", "send the deck to Dana and tell her thank you for the notes"), "Send the deck to Dana");
  assert.equal(withMessageToPass("Follow up with Dana about pricing", "follow up with Dana about pricing and tell her the news is good"), "Follow up with Dana about pricing");
  assert.equal(withMessageToPass("Ping Omar", "ping Omar and ask him."), "Ping Omar");
  assert.equal(withMessageToPass("Ping Omar", "ping Omar today"), "Ping Omar");
  assert.equal(
    withMessageToPass("Ping Omar", "ping Omar and tell him that we need every single one of the old lab servers moved out of the building before the end of the month"),
    "Ping Omar",
  );
});

test("a meeting's promise to follow up with someone says what the follow-up is for", async () => {
  const { extractWithRules } = await import("../../src/extract/extract-with-rules.ts");
  const { ctx, transcript } = await import("./source-fixtures.ts");
  const x = extractWithRules(
    transcript([
      ["Dana Whitfield", "Marco's group gave us the new test servers last week and they are running well."],
      ["Jason Vallery", "Great. I'll follow up with Marco, I'm going to tell him thank you for the new test servers and I will copy Dana on the email."],
    ]),
    ctx,
  );
  const texts = x.tasks.map((t) => t.text);
  assert.ok(texts.some((t) => /^Follow up with .*Marco.* to thank him for the new test servers$/.test(t)), JSON.stringify(texts));
});
