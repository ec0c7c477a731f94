import { test } from "node:test";
import assert from "node:assert/strict";
import { arrangesMeeting, isCalendarChore } from "../../src/extract/calendar-chores.ts";
import { extractWithRules } from "../../src/extract/extract-with-rules.ts";
import { ctx, transcript } from "./source-fixtures.ts";

test("looking at calendars and finding slots is a chore; setting up the call arranges the meeting", () => {
  assert.ok(isCalendarChore("Look at Dana's calendar and its availability"));
  assert.ok(isCalendarChore("Find an open slot"));
  assert.ok(!isCalendarChore("Set up a call with Marco"));
  assert.ok(arrangesMeeting("Set up a call with Marco to review the budget"));
  assert.ok(arrangesMeeting("Find a time for a weekly 30-minute sync"));
  assert.ok(!arrangesMeeting("Send the budget to Marco"));
});

test("a source that arranges a meeting does not also list the calendar chores around it", () => {
  const chore: [string, string] = ["Dana Whitfield", "I will look at your calendar and its availability tomorrow."];
  const send: [string, string] = ["Jason Vallery", "Great, I'll send the vendor quotes to Marco by Friday."];
  const call: [string, string] = ["Dana Whitfield", "Let me set up a call with Marco next week to review the storage budget."];
  const texts = extractWithRules(transcript([call, chore, send]), ctx).tasks.map((t) => t.text);
  assert.ok(texts.some((t) => /^Set up a call with Marco/.test(t)), JSON.stringify(texts));
  assert.ok(!texts.some((t) => /calendar/i.test(t)), JSON.stringify(texts));
  // With no meeting arranged, the calendar look-up is the task there is.
  const alone = extractWithRules(transcript([chore, send]), ctx).tasks.map((t) => t.text);
  assert.ok(alone.some((t) => /calendar/i.test(t)), JSON.stringify(alone));
});
