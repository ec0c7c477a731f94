/** Offsets of the zone names RFC 5322 still allows (obs-zone), in minutes east of UTC. */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

/**
 * The sending time as the sender's clock showed it, `2025-11-04T09:15:00` for
 * `Date: Tue, 04 Nov 2025 09:15:00 -0800`: the same local form the Apple Mail export gives. `instant` is
 * the header already read as a point in time (mailparser's `date`); the header's own zone, when it
 * has one, turns it back into the sender's wall clock, else UTC is used. Null without an instant.
 */
export function mimeDate(instant: Date | null | undefined, rawHeader: string | null): string | null {
  if (!instant || Number.isNaN(instant.getTime())) return null;
  const offset = rawHeader === null ? 0 : zoneOffset(rawHeader);
  const wall = new Date(instant.getTime() + offset * 60_000);
  return wall.toISOString().slice(0, 19);
}

function zoneOffset(raw: string): number {
  const text = raw.replace(/\([^)]*\)/g, " ").trim();
  const numeric = /\d{1,2}:\d{2}(?::\d{2})?\s*([+-])(\d{2})(\d{2})\b/.exec(text);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return numeric[1] === "-" ? -minutes : minutes;
  }
  const named = /\d{1,2}:\d{2}(?::\d{2})?\s*([A-Za-z]{1,3})\b/.exec(text);
  return named ? (ZONES[named[1]!.toUpperCase()] ?? 0) : 0;
}
