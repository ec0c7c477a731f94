import * as chrono from "chrono-node";

export type DueDate = {
  /** `YYYY-MM-DD`, or null when the text sets no deadline. */
  due: string | null;
  /** The words that set it ("by Friday"), so a task text can drop them. */
  phrase: string | null;
};

/** Expressions that can set a deadline; bare times, durations and "now" cannot. */
const DEADLINE_WORD =
  /\b(?:in (?:a|one|two|three|four|\d+) (?:days?|weeks?)|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next (?:week|month)|this (?:week|month)|end of (?:the )?(?:day|week|month)|eod|eow|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{1,2}(?:st|nd|rd|th)|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2})\b/i;

const MAX_DAYS_AHEAD = 180;

/**
 * Resolve a deadline in `text` relative to the meeting date: "by Friday" said on a Wednesday is
 * that week's Friday, "tomorrow" the next day, "end of the week" that week's Friday, "end of the
 * month" its last day. Dates before the meeting or half a year beyond it are not deadlines.
 */
export function resolveDueDate(text: string, meetingDate: string): DueDate {
  const ref = parseIso(meetingDate);
  if (!ref) return { due: null, phrase: null };

  const sameDay = /\b(?:after (?:this|the|our) (?:call|meeting)|later today|end of (?:the )?day|by tonight|today|tonight)\b/i.exec(text);
  if (sameDay && !/\b(?:tomorrow|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(text)) {
    return { due: iso(ref), phrase: sameDay[0] };
  }

  const endOf = /\b(?:by |before )?(?:the )?(?:end of (?:the )?(day|week|month)|eod|eow)\b/i.exec(text);
  if (endOf) {
    const unit = (endOf[1] ?? (/eod/i.test(endOf[0]) ? "day" : "week")).toLowerCase();
    const d = new Date(ref);
    if (unit === "week") d.setUTCDate(d.getUTCDate() + ((5 - d.getUTCDay() + 7) % 7));
    if (unit === "month") d.setUTCMonth(d.getUTCMonth() + 1, 0);
    return { due: iso(d), phrase: endOf[0] };
  }

  if (!DEADLINE_WORD.test(text)) return { due: null, phrase: null };
  // chrono works in local time: give it the meeting day at noon and read back calendar fields.
  const refLocal = new Date(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate(), 12);
  for (const r of chrono.casual.parse(text, refLocal, { forwardDate: true })) {
    if (!DEADLINE_WORD.test(r.text)) continue;
    if (/\bago\b|\blast\b|\byesterday\b/i.test(r.text)) continue;
    const y = r.start.get("year");
    const m = r.start.get("month");
    const day = r.start.get("day");
    if (!y || !m || !day) continue;
    const d = new Date(Date.UTC(y, m - 1, day));
    const days = (d.getTime() - ref.getTime()) / 86_400_000;
    if (days < 0 || days > MAX_DAYS_AHEAD) continue;
    const before = text.slice(Math.max(0, r.index - 8), r.index);
    const lead = /\b(?:by|before|on|until|due|for)\s+$/i.exec(before)?.[0] ?? "";
    return { due: iso(d), phrase: lead + r.text };
  }
  return { due: null, phrase: null };
}

function parseIso(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
