/**
 * Looking at calendars and finding slots is how a meeting gets arranged, not a task beside it:
 * when a source already has the task that arranges the meeting ("Set a call with Billy", "Find
 * a time for a weekly sync"), "look at your calendar", "find an open slot" and "put something on
 * the calendar" repeat it in smaller words.
 */
const CHORE = /\b(?:calendars?|slots?|availability|something on the calendar)\b/i;
const MEETING = /\b(?:call|meeting|sync|1:1|1-1|one[- ]on[- ]one|session|workshop|catch[- ]up|intro)\b/i;
const ARRANGING = /^(?:schedule|set|set up|book|arrange|organize|organise|find (?:a|some|the) time|plan|invite)\b/i;

/** A task text that only looks for a time ("Look at Dana's calendar", "Find an open slot"). */
export function isCalendarChore(text: string): boolean {
  return CHORE.test(text) && !MEETING.test(text);
}

/** A task text that arranges a meeting ("Set up a call with Marco", "Find a time for a weekly sync"). */
export function arrangesMeeting(text: string): boolean {
  return ARRANGING.test(text) && MEETING.test(text) && !CHORE.test(text);
}
