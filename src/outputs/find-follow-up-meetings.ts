import * as chrono from "chrono-node";

/** A follow-up meeting the text agrees on: when (local wall-clock), how long, and the words that said so. */
export type AgreedMeeting = {
  /** `YYYY-MM-DDTHH:MM`, or `YYYY-MM-DD` when no time was said. */
  start: string;
  durationMinutes: number | null;
  phrase: string;
};

/** Words that propose meeting again: "let's meet", "follow-up call", "we'll sync", "schedule a call". */
const MEET_AGAIN = [
  /\b(?:let'?s|let us|shall we|can we|could we|we(?:'ll| will| should| can)|i'?ll (?:set up|book|schedule|send (?:an? )?invite for))\s+(?:\w+\s+){0,3}?(?:meet|catch[- ]up|sync|talk|reconvene|regroup|check[- ]in|call|review)\b/i,
  /\bfollow[- ]?up (?:call|meeting|session|sync|review)\b/i,
  /\b(?:next|another) (?:meeting|call|sync|check-in|catch-up)\b/i,
  /\b(?:schedule|book|set up|arrange) (?:a|an|the|another)? ?(?:\w+\s+)?(?:call|meeting|sync|session)\b/i,
];
const PAST = /\bago\b|\blast\b|\byesterday\b|\bearlier\b/i;

/**
 * The follow-up meetings agreed in `text` ("let's meet next Tuesday at 10", "follow-up call on
 * Thursday"), dated with chrono-node against `sourceDate` (`YYYY-MM-DD`), never before it.
 * Sentences without such words, or without a day, propose nothing. Each start appears once.
 */
export function findFollowUpMeetings(text: string, sourceDate: string): AgreedMeeting[] {
  const [y, m, d] = sourceDate.split("-").map(Number) as [number, number, number];
  // chrono works in local time: give it the source day at noon and read back calendar fields.
  const ref = new Date(y, m - 1, d, 12);
  const found = new Map<string, AgreedMeeting>();
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    if (!MEET_AGAIN.some((re) => re.test(sentence))) continue;
    for (const r of chrono.casual.parse(sentence, ref, { forwardDate: true })) {
      if (PAST.test(r.text)) continue;
      const s = r.start;
      if (!s.isCertain("day") && !s.isCertain("weekday")) continue;
      const day = `${s.get("year")}-${pad(s.get("month")!)}-${pad(s.get("day")!)}`;
      if (day < sourceDate) continue;
      const start = s.isCertain("hour") ? `${day}T${pad(s.get("hour")!)}:${pad(s.get("minute") ?? 0)}` : day;
      if (start === sourceDate) continue; // "today" with no time: the meeting itself
      if (!found.has(start)) found.set(start, { start, durationMinutes: duration(sentence, r), phrase: sentence.trim() });
      break;
    }
  }
  return [...found.values()];
}

function duration(sentence: string, r: chrono.ParsedResult): number | null {
  if (r.end && r.start.isCertain("hour") && r.end.isCertain("hour")) {
    const minutes = (r.end.date().getTime() - r.start.date().getTime()) / 60_000;
    if (minutes > 0 && minutes <= 24 * 60) return minutes;
  }
  const m = /\b(\d{1,3})[- ]?(?:min(?:ute)?s?)\b/i.exec(sentence);
  if (m) return Number(m[1]);
  if (/\b(?:an|one|1)[- ]hour\b/i.test(sentence)) return 60;
  if (/\bhalf[- ]an[- ]hour\b/i.test(sentence)) return 30;
  return null;
}

const pad = (n: number) => String(n).padStart(2, "0");
