import { test } from "node:test";
import assert from "node:assert/strict";
import { statesRole } from "../../src/extract/states-role.ts";

test("a line saying who runs, owns or is responsible for something states a role", () => {
  for (const line of [
    "Dana runs marketing.",
    "Lee Brandt is responsible for the Oslo releases.",
    "Sam is a program manager.",
    "Kofi is our procurement contact for hardware.",
    "Amara is the CFO.",
    "He builds the serverless layer.",
    "Mira's building the pipelines product.",
    "Tove is mostly responsible for the feature requirements.",
  ])
    assert.equal(statesRole(line), true, line);
});

test("a line about a thing, a pronoun other than he or she, or the past states no role", () => {
  for (const line of [
    "It runs on the Oslo cluster.",
    "They are responsible for monitoring.",
    "The team runs weekly reviews.",
    "Dana was leading a team at Acme.",
    "First cycle is running all the tests.",
    "Dana met the Bergen team.",
  ])
    assert.equal(statesRole(line), false, line);
});
