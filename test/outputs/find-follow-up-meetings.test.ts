import assert from "node:assert/strict";
import { test } from "node:test";
import { findFollowUpMeetings } from "../../src/outputs/find-follow-up-meetings.ts";

// 2025-11-05 is a Wednesday.
const cases: Array<[string, string[]]> = [
  ["OK, let's meet next Tuesday at 10 to go through the numbers.", ["2025-11-11T10:00"]],
  ["We'll have a follow-up call on Thursday.", ["2025-11-06"]],
  ["Can we sync again on November 20 at 3pm for 45 minutes?", ["2025-11-20T15:00"]],
  ["Let's schedule a follow-up meeting on Friday at 9:30.", ["2025-11-07T09:30"]],
  ["We met last Tuesday at 10 about this.", []],
  ["Send the pricing sheet by Friday.", []],
  ["Let's meet again soon.", []],
];

for (const [text, starts] of cases) {
  test(`follow-up meetings in "${text}"`, () => {
    assert.deepEqual(findFollowUpMeetings(text, "2025-11-05").map((m) => m.start), starts);
  });
}

test("a duration said with the meeting is kept", () => {
  assert.equal(findFollowUpMeetings("Can we sync again on November 20 at 3pm for 45 minutes?", "2025-11-05")[0]?.durationMinutes, 45);
  assert.equal(findFollowUpMeetings("Let's meet next Tuesday at 10.", "2025-11-05")[0]?.durationMinutes, null);
});
