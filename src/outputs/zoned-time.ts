/**
 * The UTC instant of a wall-clock time in an IANA time zone (`Europe/Berlin`, `UTC`), found with
 * Intl alone: guess the zone's offset at that moment, then correct it once (DST changes).
 */
export function zonedTimeToUtc(date: string, hour: number, minute: number, zone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  let utc = wall - offsetMinutes(wall, zone) * 60_000;
  const again = wall - offsetMinutes(utc, zone) * 60_000;
  if (again !== utc) utc = again;
  return new Date(utc);
}

/** Minutes the zone is ahead of UTC at `instant` (ms since the epoch). */
export function offsetMinutes(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** `YYYY-MM-DD` of `instant` in `zone`. */
export function zonedDate(instant: Date, zone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant.getTime(), zone) * 60_000);
  return shifted.toISOString().slice(0, 10);
}

/** `HH:MM` of `instant` in `zone`. */
export function zonedClock(instant: Date, zone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant.getTime(), zone) * 60_000);
  return shifted.toISOString().slice(11, 16);
}
