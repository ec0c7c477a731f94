import { test } from "node:test";
import assert from "node:assert/strict";
import { findConsultation } from "../../src/extract/consult-person.ts";
import { phraseAsIntroduction } from "../../src/extract/phrase-as-introduction.ts";

const known = (w: string) => ["Dana", "Marco", "Priya"].includes(w);

test("advice or a promise to talk to a named person is a meeting with that person", () => {
  assert.deepEqual(findConsultation("Honestly I think you should go talk to Dana for sure.", known), {
    subject: "you",
    verb: "meet",
    person: "Dana",
    at: 17,
    action: "meet with Dana",
  });
  assert.equal(findConsultation("I'm going to speak with Marco about the renewal terms.", known)?.action, "meet with Marco about the renewal terms");
  assert.equal(findConsultation("We have to sync with the Payments team on these items.", known)?.action, "sync with the Payments team");
  assert.equal(findConsultation("We need to check with Priya.", known)?.subject, "we");
});

test("an offer to connect the listener with someone keeps both people", () => {
  const c = findConsultation("If it helps, I can connect you with Priya next week.", known);
  assert.equal(c?.subject, "I");
  assert.equal(c?.action, "connect you with Priya");
  assert.equal(findConsultation("I'd love to introduce you to Marco.", known)?.action, "introduce you to Marco");
});

test("talk in a time clause, a question, a present tense or to an unknown name is no consultation", () => {
  assert.equal(findConsultation("When you talk to Dana, mention the budget.", known), null);
  assert.equal(findConsultation("After I speak with Marco I'll know more.", known), null);
  assert.equal(findConsultation("Did you meet with Priya?", known), null);
  assert.equal(findConsultation("We connect to Ethernet switches there.", () => true), null);
  assert.equal(findConsultation("You should talk to Gerald.", known), null);
  assert.equal(findConsultation("So you should talk to Monday's group.", () => true), null);
});

test("putting someone on a call or in front of a person is connecting them", () => {
  assert.equal(phraseAsIntroduction("put you on a call with the storage team"), "connect you with the storage team");
  assert.equal(phraseAsIntroduction("put Dana in front of the product manager"), "connect Dana with the product manager");
  assert.equal(phraseAsIntroduction("get him in touch with legal"), "connect him with legal");
  assert.equal(phraseAsIntroduction("put the deck in the shared folder"), "put the deck in the shared folder");
});

test("bringing a matter up with someone is discussing it with them", () => {
  assert.equal(findConsultation("I'll bring it up with Marco, and then we aim to have an answer.", known)?.action, "discuss with Marco");
  assert.equal(findConsultation("We should run this by Priya first.", known)?.action, "discuss with Priya");
  assert.equal(findConsultation("She brought it up with Marco last week.", known), null);
});
