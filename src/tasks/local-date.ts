/** Calendar dates as `YYYY-MM-DD` strings, which sort and compare as text. */

export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Monday and Sunday of the week holding `iso` (the week Tasks' `due this week` means, ISO weeks). */
export function weekOf(iso: string): { from: string; to: string } {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const from = addDays(iso, -((day + 6) % 7));
  return { from, to: addDays(from, 6) };
}
