import { test } from "node:test";
import assert from "node:assert/strict";
import { stripFiller } from "../../src/sources/strip-filler.ts";

test("sound descriptions in parentheses and brackets go, spoken asides stay", () => {
  assert.equal(stripFiller("(keyboard clicking) Let's begin. (audience laughing)"), "Let's begin.");
  assert.equal(stripFiller("We can [inaudible] ship it (silence) Friday."), "We can ship it Friday.");
  assert.equal(stripFiller("The budget (which is fine) stays."), "The budget (which is fine) stays.");
});

test("silence spans, PAUSE runs and glued markers go", () => {
  assert.equal(stripFiller("Okay.PAUSE Gotcha.PAUSEPAUSEPAUSE Done."), "Okay. Gotcha. Done.");
  assert.equal(stripFiller("Bye for now. Silence from 1 minute to 1 minute 30 seconds"), "Bye for now.");
  assert.equal(stripFiller("Thanks forinaudible 00:10:20 the update."), "Thanks for the update.");
  assert.equal(stripFiller("YeahBLANK you YouBLANK you Right."), "Yeah Right.");
});

test("dialogue markers are stripped", () => {
  assert.equal(stripFiller(">> Hey, folks. >> Excuse me."), "Hey, folks. Excuse me.");
  assert.equal(stripFiller("- Yes, there you go. - Hey, how are you?"), "Yes, there you go. Hey, how are you?");
  assert.equal(stripFiller("It's 5 - 3 now."), "It's 5 - 3 now.");
});

test("a sentence repeated three or more times is kept once; 'thank you' survives", () => {
  assert.equal(stripFiller("I'll close this out. I'll close this out. I'll close this out. Bye."), "I'll close this out. Bye.");
  assert.equal(stripFiller("Thank you. You know what, fine."), "Thank you. You know what, fine.");
});

test("a segment of only filler becomes empty", () => {
  assert.equal(stripFiller("(silence) PAUSE you you you"), "");
  assert.equal(stripFiller("You"), "");
});

test("spoken mentions of pauses are kept", () => {
  assert.equal(stripFiller("Let's pause for the next 10 minutes."), "Let's pause for the next 10 minutes.");
  assert.equal(stripFiller("Jason, pause for a second."), "Jason, pause for a second.");
  assert.equal(stripFiller("You You Pause for the rest of the video Okay."), "Okay.");
});

test("issue examples: sound descriptions, silence spans and [inaudible] go, the words said stay", () => {
  assert.equal(stripFiller("(mouse clicking) So let's start."), "So let's start.");
  assert.equal(stripFiller("Right. Silence from 1 minute to 1 minute 30 seconds Okay, back."), "Right. Okay, back.");
  assert.equal(stripFiller("We need [inaudible] by Monday."), "We need by Monday.");
  assert.equal(stripFiller("Ship it (inaudible 00:12:31) Friday *laughs* ♪ la la ♪ done."), "Ship it Friday done.");
  assert.equal(stripFiller("[BLANK_AUDIO]"), "");
});

test("stutters collapse to one word; words doubled in ordinary speech stay", () => {
  assert.equal(stripFiller("I I I think we should ship."), "I think we should ship.");
  assert.equal(stripFiller("Send the the deck to to Raj."), "Send the deck to Raj.");
  assert.equal(stripFiller("We- we should wait."), "We should wait.");
  assert.equal(stripFiller("Für für alle."), "Für alle.");
  assert.equal(stripFiller("I know that that is true, and he had had enough."), "I know that that is true, and he had had enough.");
  assert.equal(stripFiller("Bye bye."), "Bye bye.");
});
