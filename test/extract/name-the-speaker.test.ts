import { test } from "node:test";
import assert from "node:assert/strict";
import { nameTheSpeaker } from "../../src/extract/name-the-speaker.ts";

test("an opening 'I' becomes the speaker's first name and the verb agrees", () => {
  assert.equal(nameTheSpeaker("I am flying to Oslo on Monday.", "Dana Whitfield"), "Dana is flying to Oslo on Monday.");
  assert.equal(nameTheSpeaker("I have two reports in Bergen.", "Dana Whitfield"), "Dana has two reports in Bergen.");
  assert.equal(nameTheSpeaker("I lead the archive team.", "Dana Whitfield"), "Dana leads the archive team.");
  assert.equal(nameTheSpeaker("I manage 3 racks.", "Dana"), "Dana manages 3 racks.");
  assert.equal(nameTheSpeaker("I joined in March.", "Dana Whitfield"), "Dana joined in March.");
  assert.equal(nameTheSpeaker("I will ship the drives.", "Dana Whitfield"), "Dana will ship the drives.");
});

test("no speaker, or no opening 'I' with a verb, leaves the text as it is", () => {
  assert.equal(nameTheSpeaker("I am flying to Oslo.", null), "I am flying to Oslo.");
  assert.equal(nameTheSpeaker("We moved to Oslo.", "Dana Whitfield"), "We moved to Oslo.");
  assert.equal(nameTheSpeaker("I, for one, agree.", "Dana Whitfield"), "I, for one, agree.");
});

test("irregular past tenses stay as they are", () => {
  assert.equal(nameTheSpeaker("I ran the archive team for six years.", "Dana Whitfield"), "Dana ran the archive team for six years.");
  assert.equal(nameTheSpeaker("I met with Priya on Tuesday.", "Dana Whitfield"), "Dana met with Priya on Tuesday.");
  assert.equal(nameTheSpeaker("I built the first Helix cluster.", "Dana"), "Dana built the first Helix cluster.");
});

test("a line that goes on in the first person keeps its opening 'I' rather than mixing persons", () => {
  assert.equal(nameTheSpeaker("I have it on my list to call Priya.", "Dana Whitfield"), "I have it on my list to call Priya.");
  assert.equal(nameTheSpeaker("I lead the archive team, and I report to Priya.", "Dana Whitfield"), "I lead the archive team, and I report to Priya.");
});
