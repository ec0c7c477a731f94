/**
 * A due date as a summary says it, counted from the day of the meeting: "tomorrow", "by Friday"
 * (later the same week), "next week", or the day itself ("by Nov 23"). Dates are ISO (YYYY-MM-DD);
 * a due date on or before the meeting, or one that does not parse, says nothing.
 */
export function sayWhenDue(due: string | null | undefined, meetingDate: string | null | undefined): string {
  const d = parse(due);
  const m = parse(meetingDate);
  if (!d || !m) return "";
  const days = Math.round((d.getTime() - m.getTime()) / DAY);
  if (days <= 0) return "";
  if (days === 1) return "tomorrow";
  // Weeks start on Monday: the days left in the meeting's week, then the whole of the next one.
  const leftThisWeek = (7 - ((m.getUTCDay() + 6) % 7)) - 1;
  if (days <= leftThisWeek) return `by ${WEEKDAYS[d.getUTCDay()]}`;
  if (days <= leftThisWeek + 7) return "next week";
  const day = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  // Far off, the year too: "by Mar 3, 2028".
  return days > FAR_OFF_DAYS ? `by ${day}, ${d.getUTCFullYear()}` : `by ${day}`;
}

const DAY = 86_400_000;
const FAR_OFF_DAYS = 300;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function parse(iso: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}
