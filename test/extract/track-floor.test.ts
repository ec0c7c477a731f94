import { test } from "node:test";
import assert from "node:assert/strict";
import type { Sentence, Turn } from "../../src/extract/build-turns.ts";
import { handedTo, trackFloor } from "../../src/extract/track-floor.ts";

/** Turns given as [speaker, sentences]; `null` speaker is an unnamed `Remote` voice. */
function turns(spec: [string | null, string[]][]): Turn[] {
  let index = 0;
  return spec.map(([speaker, texts], t) => {
    const sentences: Sentence[] = texts.map((text) => ({ index: index++, turn: t, text, raw: text, label: speaker ?? "Remote", speaker, words: [], position: 0, wordCount: text.split(" ").length }));
    return { index: t, label: speaker ?? "Remote", speaker, sentences };
  });
}
const PEOPLE = ["Marta", "Osku", "Bram"];
const person = (w: string) => (PEOPLE.includes(w) ? w : null);
const isOwner = (n: string) => n.startsWith("Jason");

test("the floor passes to the person handed it, from the next sentence on, inside one unnamed voice", () => {
  const t = turns([
    [null, ["Welcome everyone.", "Let's start with Marta's update.", "Marta, over to you.", "Thanks, I'll send the rollout plan on Friday.", "Osku, go ahead.", "I will book the lab."]],
  ]);
  const f = trackFloor(t, new Map(), person, isOwner);
  assert.equal(f.has(0), false);
  assert.equal(f.get(3), "Marta");
  assert.equal(f.get(4), "Marta");
  assert.equal(f.get(5), "Osku");
});

test("someone introducing themself holds the floor from that sentence; the owner is never the floor", () => {
  const t = turns([
    [null, ["Hi all, I'm Bram, I run the platform team.", "I'll share the roadmap."]],
    ["Jason Vallery", ["Great, thanks.", "Jason, over to you."]],
    [null, ["I can take the pricing question."]],
  ]);
  const f = trackFloor(t, new Map(), (w) => person(w) ?? (w === "Jason" ? "Jason Vallery" : null), isOwner);
  assert.equal(f.get(0), "Bram");
  assert.equal(f.get(1), "Bram");
  assert.equal(f.get(4), "Bram", "the floor outlasts the owner's turn");
});

test("a named speaker calling on someone at the end of a turn hands them the floor", () => {
  const t = turns([
    [null, ["I'm Bram.", "That's all from me."]],
    ["Jason Vallery", ["Osku, what's the status?"]],
    [null, ["We'll ship the fix next week."]],
  ]);
  assert.equal(trackFloor(t, new Map([[2, "Osku"]]), person, isOwner).get(3), "Osku");
});

test("hand-off phrasings; unknown words and ordinary sentences hand nothing", () => {
  assert.equal(handedTo("Over to you, Marta.", person), "Marta");
  assert.equal(handedTo("Let's hear from Osku.", person), "Osku");
  assert.equal(handedTo("Bram, do you want to kick us off?", person), "Bram");
  assert.equal(handedTo("Go ahead, Pricing.", person), null);
  assert.equal(handedTo("Marta sent the plan over to me.", person), null);
});

test("a group call recorded as one Remote voice: tasks belong to whoever holds the floor, who is a participant", async () => {
  const { extractWithRules } = await import("../../src/extract/extract-with-rules.ts");
  const { transcript, ctx } = await import("./source-fixtures.ts");
  const doc = transcript(
    [
      ["Remote", "Good morning everyone. Let's crack on with Marta's update. Marta, over to you. Thanks. I'll send the signed rollout plan to the finance team by Friday. That's it from me. Osku, go ahead. Sure. I will book the test lab for the December pilot."],
      ["Jason Vallery", "Great, thank you both."],
    ],
    { title: "Weekly pilot sync" },
  );
  const ex = extractWithRules(doc, ctx);
  const plan = ex.tasks.find((t) => /rollout plan/i.test(t.text));
  const lab = ex.tasks.find((t) => /test lab/i.test(t.text));
  assert.equal(plan?.owner, "Marta");
  assert.equal(lab?.owner, "Osku");
  assert.ok(ex.participants.includes("Marta") && ex.participants.includes("Osku"));
});

test("a named speaker handing over in the middle of a turn gives the floor to the next unnamed voice", () => {
  const t = turns([
    ["Jason Vallery", ["Let's crack on with Marta's update.", "I joined a bit late, sorry."]],
    [null, ["Thanks, I'll send the rollout plan."]],
  ]);
  assert.equal(trackFloor(t, new Map(), person, isOwner).get(2), "Marta");
});

test("a question put to someone by name inside one unnamed voice: the next few sentences are their answer, then the floor returns", () => {
  const t = turns([
    [null, ["I'm Marta.", "We still need a venue for the offsite.", "Is that something, Osku, you could ask facilities about?", "I'll raise it with facilities tomorrow.", "Does that work?", "Okay.", "Good.", "Next, the budget review."]],
  ]);
  const f = trackFloor(t, new Map([[2, "Osku"]]), person, isOwner);
  assert.equal(f.get(2), "Marta", "the asker holds the floor while asking");
  assert.equal(f.get(3), "Osku");
  assert.equal(f.get(4), "Osku");
  assert.equal(f.get(7), "Marta", "after the answer the floor is back with the holder");
});

test("a statement that names someone, or a question to the owner, hands nothing", () => {
  const t = turns([
    [null, ["I'm Marta.", "We need to discuss the venue, Osku.", "I'll book the room.", "Jason, what do you think?", "I'll draft the agenda."]],
  ]);
  const f = trackFloor(t, new Map([[1, "Osku"], [3, "Jason"]]), (w) => person(w) ?? (w === "Jason" ? "Jason Vallery" : null), isOwner);
  assert.equal(f.get(2), "Marta");
  assert.equal(f.get(4), "Marta");
});

test("a hand-off just after a question asks for its answer only: the floor does not move to the one answering", () => {
  const t = turns([
    [null, ["I'm Marta.", "We never set latency targets.", "Osku, Bram, am I wrong here?", "Bram, go ahead.", "You're right.", "No targets.", "Yes.", "So I'll share the benchmark sheet.", "And the test plan."]],
  ]);
  const f = trackFloor(t, new Map([[2, "Osku"], [3, "Bram"]]), person, isOwner);
  assert.equal(f.get(4), "Bram", "the answer is Bram's");
  assert.equal(f.get(7), "Marta", "then the floor is back with the one who asked");
  assert.equal(f.get(8), "Marta");
});

test("a hand-off that follows no question, or a question not put to that person, still passes the floor", () => {
  const t = turns([
    [null, ["I'm Marta.", "That's my update.", "Bram, go ahead.", "Thanks.", "I'll book the lab.", "Then the rollout.", "And the review."]],
  ]);
  assert.equal(trackFloor(t, new Map([[2, "Bram"]]), person, isOwner).get(6), "Bram");
  const next = turns([
    [null, ["I'm Marta.", "That's my update.", "Who wants to go next?", "Bram, go ahead.", "Thanks.", "I'll book the lab.", "Then the rollout.", "And the review."]],
  ]);
  assert.equal(trackFloor(next, new Map([[3, "Bram"]]), person, isOwner).get(7), "Bram");
});

test("calling the floor holder by name ends their floor: someone else is speaking to them", () => {
  const t = turns([
    [null, ["Welcome.", "Marta, over to you.", "I'll send the plan.", "Marta, you know that already.", "We'll book the lab."]],
  ]);
  const f = trackFloor(t, new Map([[1, "Marta"], [3, "Marta"]]), person, isOwner);
  assert.equal(f.get(2), "Marta");
  assert.equal(f.has(4), false);
});

test("a named speaker thanking someone by name at the end of a turn hands them no floor", () => {
  const t = turns([
    [null, ["I'm Bram.", "That's all from me."]],
    ["Jason Vallery", ["Great update, thanks Osku."]],
    [null, ["We'll ship the fix next week."]],
  ]);
  assert.equal(trackFloor(t, new Map([[2, "Osku"]]), person, isOwner).get(3), "Bram");
});
