import { test } from "node:test";
import assert from "node:assert/strict";
import { tersenStatement } from "../../src/extract/tersen-statement.ts";

test("framing that only announces a statement goes", () => {
  assert.equal(tersenStatement("It seems that the Oslo cluster moved to the north region."), "The Oslo cluster moved to the north region.");
  assert.equal(tersenStatement("What they demand is a benchmark with parallel reads and writes."), "A benchmark with parallel reads and writes.");
  assert.equal(tersenStatement("If you look at it, the vendor ships twelve drives per box."), "The vendor ships twelve drives per box.");
});

test("asides and comma pieces with no content word go", () => {
  assert.equal(tersenStatement("The launch is in March, I apologize, not February."), "The launch is in March not February.");
  assert.equal(tersenStatement("Helix moved to Oslo, as I mentioned, last spring."), "Helix moved to Oslo last spring.");
  assert.equal(tersenStatement("The budget doubled, and it is, for the archive team."), "The budget doubled, for the archive team.");
});

test("a recording cut off mid-phrase loses its dangling words", () => {
  assert.equal(tersenStatement("He proposed building the hardware in his data center and enabling access to"), "He proposed building the hardware in his data center and enabling access");
});

test("a statement that would lose nearly everything stays as it is", () => {
  assert.equal(tersenStatement("I think that is it."), "I think that is it.");
});

test("more framing: owning up to frankness, setting something aside, parenthetical doubts", () => {
  assert.equal(tersenStatement("Let us be clear that the Oslo team owns the archive."), "The Oslo team owns the archive.");
  assert.equal(tersenStatement("The launch moved to May, correct me if I am wrong, for the Bergen site."), "The launch moved to May for the Bergen site.");
});

test("a name addressed before a discourse marker, and openers that present what follows, go", () => {
  assert.equal(tersenStatement("Priya, so normally the beta takes about six weeks."), "Normally the beta takes about six weeks.");
  assert.equal(tersenStatement("Here are the numbers, Helix has 1,200 developers."), "Helix has 1,200 developers.");
  assert.equal(tersenStatement("Going back to the Oslo rollout, the second site goes live in May."), "The second site goes live in May.");
  assert.equal(tersenStatement("Helix, Orbit and Arc all ship in May."), "Helix, Orbit and Arc all ship in May.");
});

test("an existential opener goes: the note names what exists", () => {
  assert.equal(tersenStatement("There are four phase gates in every Helix release."), "Four phase gates in every Helix release.");
  assert.equal(tersenStatement("So there is a second archive tier in the Bergen site."), "Second archive tier in the Bergen site.");
  assert.equal(tersenStatement("There is no budget for the Oslo move."), "No budget for the Oslo move.");
});

test("a full stop the recognizer put inside a phrase goes; sentence ends and abbreviations stay", () => {
  assert.equal(tersenStatement("The Oslo team is the red-headed step. child of the archive group."), "The Oslo team is the red-headed step child of the archive group.");
  assert.equal(tersenStatement("Helix shipped in May. Then it broke in June."), "Helix shipped in May. Then it broke in June.");
  assert.equal(tersenStatement("Racks, switches, etc. and cables arrive in Bergen."), "Racks, switches, etc. and cables arrive in Bergen.");
});

test("a discourse adverb opening the statement goes; one that qualifies the claim stays", () => {
  assert.equal(tersenStatement("Ultimately, the Oslo team owns the archive."), "The Oslo team owns the archive.");
  assert.equal(tersenStatement("Fundamentally, Helix stores every snapshot twice."), "Helix stores every snapshot twice.");
  assert.equal(tersenStatement("Theoretically, Helix stores every snapshot twice."), "Theoretically, Helix stores every snapshot twice.");
  assert.equal(tersenStatement("Currently, Helix stores every snapshot twice."), "Currently, Helix stores every snapshot twice.");
});

test("a line cut off after a preposition or a naming word loses it too", () => {
  assert.equal(tersenStatement("We will move the Oslo racks once we get access within the next"), "We will move the Oslo racks once we get access");
  assert.equal(tersenStatement("Those are the Bergen deals we will sign versus"), "Those are the Bergen deals we will sign");
  assert.equal(tersenStatement("They route it through a gateway called"), "They route it through a gateway");
});
