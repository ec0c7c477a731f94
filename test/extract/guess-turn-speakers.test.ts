import { test } from "node:test";
import assert from "node:assert/strict";
import type { Sentence, Turn } from "../../src/extract/build-turns.ts";
import { guessTurnSpeakers } from "../../src/extract/guess-turn-speakers.ts";

/** Turns of one sentence each; `null` speaker is an unnamed `Remote` voice. */
function turns(spec: [string | null, string][]): Turn[] {
  return spec.map(([speaker, text], i) => {
    const s: Sentence = { index: i, turn: i, text, raw: text, label: speaker ?? "Remote", speaker, words: [], position: i / spec.length, wordCount: text.split(" ").length };
    return { index: i, label: s.label, speaker, sentences: [s] };
  });
}
const isOwner = (n: string) => n.startsWith("Jason");

test("an unnamed voice answering a question put to someone by name is that person", () => {
  const t = turns([
    ["Jason Vallery", "Nina, can you walk us through the rollout plan?"],
    [null, "Sure, I'll send the plan tonight."],
    ["Jason Vallery", "Great. Omar, anything on pricing?"],
    [null, "I'll draft the quote."],
  ]);
  const g = guessTurnSpeakers(t, new Map([[0, "Nina"], [2, "Omar"]]), isOwner);
  assert.equal(g.get(1), "Nina");
  assert.equal(g.get(3), "Omar");
  assert.equal(g.has(0), false);
});

test("otherwise the unnamed voice is the person addressed most, then the fallback; never the owner", () => {
  const t = turns([
    [null, "Hi Jason."],
    ["Jason Vallery", "Good to see you."],
    [null, "I'll share the numbers."],
  ]);
  assert.equal(guessTurnSpeakers(t, new Map([[0, "Jason Vallery"]]), isOwner).size, 0);
  assert.equal(guessTurnSpeakers(t, new Map([[0, "Jason Vallery"]]), isOwner, "Nina").get(2), "Nina");
});

test("one unnamed voice, people addressed equally often: the one called on first, not the first in the alphabet", () => {
  const t = turns([
    [null, "Okay, Zora, walk us through the timeline."],
    ["Jason Vallery", "Thanks."],
    [null, "Bert, any questions on that?"],
    ["Jason Vallery", "Good."],
    [null, "We need to compile a list of beta customers."],
  ]);
  const g = guessTurnSpeakers(t, new Map([[0, "Zora"], [2, "Bert"]]), isOwner);
  assert.equal(g.get(4), "Zora");
});

test("a group call's unnamed voice is not guessed to be someone it only talks about", async () => {
  const { extractWithRules } = await import("../../src/extract/extract-with-rules.ts");
  const { transcript, ctx } = await import("./source-fixtures.ts");
  const doc = transcript(
    [
      ["Remote", "Brian has been slow with the launch collateral. I will ask Brian to share the latest collateral by Friday. Brian also owns the demo video."],
      ["Jason Vallery", "Okay, sounds good."],
    ],
    { title: "Launch sync" },
  );
  const x = extractWithRules(doc, ctx);
  const ask = x.tasks.find((t) => /collateral/i.test(t.text));
  assert.ok(ask, JSON.stringify(x.tasks));
  assert.notEqual(ask.owner, "Brian");
});

test("thanking someone by name at the end of a turn calls on nobody: the next voice is not taken to be theirs", () => {
  const t = turns([
    ["Jason Vallery", "Nina, what's the status?"],
    [null, "I'll send the plan tonight."],
    ["Jason Vallery", "Nina, anything else?"],
    [null, "No, that's it."],
    ["Jason Vallery", "Great, thanks Omar."],
    [null, "I'll draft the agenda."],
    ["Jason Vallery", "Thanks Nina, and Omar, what about pricing?"],
    [null, "I'll check the numbers."],
  ]);
  const g = guessTurnSpeakers(t, new Map([[0, "Nina"], [2, "Nina"], [4, "Omar"], [6, "Omar"]]), isOwner, null);
  assert.equal(g.get(5), "Nina", "the thanked Omar is not the next voice; the one addressed first and as often is");
  assert.equal(g.get(7), "Omar", "a thank-you that goes on to ask someone still calls on them");
});
