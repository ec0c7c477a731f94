import { test } from "node:test";
import assert from "node:assert/strict";
import { isPlaceholderName, namesFromTitle, resolveSpeakers } from "../../src/extract/resolve-speakers.ts";
import { ctx, transcript } from "./source-fixtures.ts";

test("recorder labels are placeholders, names are not", () => {
  for (const p of ["Remote", "Speaker 1", "SPEAKER_02", "Unknown", "Parallels Desktop", "Me", "Guest 3", "System audio"]) {
    assert.ok(isPlaceholderName(p), p);
  }
  for (const n of ["Lior Genzel", "Jeff", "Kanchan Mehrotra"]) assert.ok(!isPlaceholderName(n), n);
});

test("1:1 titles give the other person's name", () => {
  assert.deepEqual(namesFromTitle("1:1 — Lior — 2025-10-30"), ["Lior"]);
  assert.deepEqual(namesFromTitle("1-1 - Jeff Denworth - 2025-11-07"), ["Jeff Denworth"]);
  assert.deepEqual(namesFromTitle("Weekly sync"), []);
});

test("Remote is the title's person in a 1:1; the owner's alias in a title is not a counterpart", () => {
  const oneOnOne = transcript(
    [
      ["Jason Vallery", "Hi."],
      ["Remote", "Hello."],
    ],
    { title: "1:1 — Lior — 2025-10-30" },
  );
  const s = resolveSpeakers(oneOnOne, ctx);
  assert.equal(s.counterpart, "Lior");
  assert.equal(s.nameOf("Remote"), "Lior");
  assert.equal(s.nameOf("Jason Vallery"), "Jason Vallery");

  const mislabelled = transcript([["Remote", "Hello everyone, I'm boarding a plane."]], { title: "1:1 — Jason — 2025-09-15" });
  const m = resolveSpeakers(mislabelled, ctx);
  assert.equal(m.counterpart, null);
  assert.equal(m.nameOf("Remote"), null);
});

test("a recording that is one unlabelled block is not handed to the counterpart", () => {
  const block = transcript([["Remote", "Everyone talks in this one block. I'll send the notes."]], { title: "1:1 — Lior — 2025-10-30" });
  assert.equal(resolveSpeakers(block, ctx).nameOf("Remote"), null);
});

test("'Me' is the vault owner", () => {
  const doc = transcript([["Me", "I'll do it."], ["Dana Whitfield", "Thanks."]]);
  const s = resolveSpeakers(doc, ctx);
  assert.equal(s.nameOf("Me"), "Jason Vallery");
  assert.ok(s.ownerSpeaks);
  assert.deepEqual(s.speakers, ["Jason Vallery", "Dana Whitfield"]);
});
