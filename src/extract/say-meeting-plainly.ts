/**
 * A planned meeting as a summary says it: what happens, not the calendar chore that arranges it.
 * The task list keeps "Schedule a follow-up call with Dana" (that is the chore to do); the summary's
 * plan reads "meet with Dana", and a follow-up meeting with the same people reads "meet again about
 * the rollout". Shorter, and in the words a reader (or a summary) uses for a next step.
 */
export function sayMeetingPlainly(step: string): string {
  return step.replace(WITH_SOMEONE, "meet").replace(FOLLOW_UP, "meet again");
}

/** "schedule a call with Dana", "set up a 1:1 with Omar", "book another session with the team". */
const WITH_SOMEONE =
  /^(?:schedule|set up|set|arrange|book) (?:a |an |another )?(?:follow-up )?(?:call|meeting|one-on-one|1:1|sync|session)(?= with\b)/i;
/** "schedule a follow-up call", "schedule another meeting": the same people meet again. */
const FOLLOW_UP = /^(?:schedule|set up|arrange|book) (?:a follow-up|another) (?:call|meeting|sync|session)\b/i;
