/**
 * Seconds from `hh:mm:ss.fff`, `hh:mm:ss,fff`, `mm:ss.fff` or `mm:ss` (two parts are minutes and
 * seconds, as transcript tools write offsets), or null when `text` is not such a timestamp.
 */
export function parseTimestamp(text: string): number | null {
  const m = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (m === null) return null;
  const hours = m[1] === undefined ? 0 : Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  if (seconds >= 60 || (m[1] !== undefined && minutes >= 60)) return null;
  const fraction = m[4] === undefined ? 0 : Number(m[4]) / 10 ** m[4].length;
  return Math.round((hours * 3600 + minutes * 60 + seconds + fraction) * 1000) / 1000;
}
