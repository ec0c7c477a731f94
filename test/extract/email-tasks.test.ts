import { test } from "node:test";
import assert from "node:assert/strict";
import { extractWithRules } from "../../src/extract/index.ts";
import { ctx, transcript } from "./source-fixtures.ts";

/** A thread of three messages, oldest first, as the email parsers give it. */
function thread(bodies: [string, string][]) {
  const people: Record<string, string> = { "Maya Chen": "maya@example.com", "Jason Vallery": "jason@example.com" };
  return transcript(bodies, {
    kind: "email",
    title: "Re: Pilot kickoff",
    date: "2025-11-06",
    messages: bodies.map(([from, body], i) => {
      const to = from === "Maya Chen" ? "Jason Vallery" : "Maya Chen";
      return {
        from: { name: from, email: people[from]! },
        to: [{ name: to, email: people[to]! }],
        cc: [],
        date: `2025-11-0${4 + i}T09:00:00`,
        subject: i ? "Re: Pilot kickoff" : "Pilot kickoff",
        body,
        attachments: [],
      };
    }),
  });
}

test("email: tasks come from the latest message, not from the history it answers", () => {
  const x = extractWithRules(
    thread([
      ["Maya Chen", "Hi Jason,\n\nCan you send me the signed NDA by Thursday? We need it before the pilot starts."],
      ["Jason Vallery", "Hi Maya,\n\nThe signed NDA is attached. I will also book the kickoff room for the pilot."],
      ["Maya Chen", "Thanks Jason.\n\nCould you share the pilot site list with our security team by Monday? I will send the badge forms tomorrow."],
    ]),
    ctx,
  );
  const texts = x.tasks.map((t) => t.text).join(" | ");
  assert.doesNotMatch(texts, /NDA/, "the NDA was asked and answered in the history");
  assert.doesNotMatch(texts, /kickoff room/i, "an earlier message's commitment is history");
  const list = x.tasks.find((t) => /site list/.test(t.text));
  assert.ok(list, texts);
  assert.equal(list.owner, "Jason Vallery");
  assert.equal(list.due, "2025-11-10");
  const forms = x.tasks.find((t) => /badge forms/.test(t.text));
  assert.ok(forms, texts);
  assert.equal(forms.owner, "Maya Chen");
});

test("email: a thread whose latest message asks nothing gets no tasks", () => {
  const x = extractWithRules(
    thread([
      ["Maya Chen", "Hi Jason,\n\nCan you send me the signed NDA by Thursday? We need it before the pilot starts."],
      ["Jason Vallery", "Hi Maya,\n\nThe signed NDA is attached."],
      ["Maya Chen", "Got it, thanks!"],
    ]),
    ctx,
  );
  assert.deepEqual(x.tasks, []);
});
