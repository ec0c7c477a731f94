import * as chrono from "chrono-node";

const PARSERS = [chrono.en, chrono.de, chrono.fr, chrono.es, chrono.nl, chrono.pt];
const REFERENCE = new Date(2000, 0, 1);

/**
 * Reads a date as mail clients print it in quote headers (`Thu, Dec 11, 2025 at 8:00 AM`,
 * `Sunday, 28 December 2025 at 00:15`, `10/7/25 7:06 AM`, `2025-12-11 09:00:38`) into local ISO:
 * `2025-12-11T08:00:00` when a time is given, `2025-12-11` when only the day is. Null when no
 * date with a year can be found (a bare weekday or time is not a date).
 */
export function parseEmailDate(raw: string): string | null {
  const text = raw.replace(/[\u00a0\u202f\u2009]/g, " ").replace(/\s+/g, " ").trim();
  if (text === "") return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s] = iso;
    return h === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${h.padStart(2, "0")}:${mi}:${s ?? "00"}`;
  }
  // `09.12.2025 um 10:00`: dotted numeric dates are day-first wherever they are used.
  const dotted = /\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b(?:\D{1,6}(\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (dotted) {
    const [, d, mo, y, h, mi, s] = dotted;
    const year = y!.length === 2 ? `20${y}` : y!;
    const day = `${year}-${mo!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
    if (Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31) {
      return h === undefined ? day : `${day}T${h.padStart(2, "0")}:${mi}:${s ?? "00"}`;
    }
  }
  // Abbreviated weekdays (`jeu.`, `Do.,`) confuse the non-English parsers: also try without them.
  const withoutWeekday = text.replace(/^\p{L}{2,10}\.?,?\s+(?=\d)/u, "");
  for (const candidate of new Set([text, withoutWeekday])) {
    for (const parser of PARSERS) {
      const result = parser.parse(candidate, REFERENCE).find((r) => r.start.isCertain("year") && r.start.isCertain("day"));
      if (!result) continue;
      const c = result.start;
      const day = `${c.get("year")}-${pad(c.get("month"))}-${pad(c.get("day"))}`;
      if (!c.isCertain("hour")) return day;
      return `${day}T${pad(c.get("hour"))}:${pad(c.get("minute"))}:${pad(c.get("second"))}`;
    }
  }
  return null;
}

function pad(value: number | null): string {
  return String(value ?? 0).padStart(2, "0");
}
