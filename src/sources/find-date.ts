const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH_NAME =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/**
 * The first calendar date written in `text`, as `YYYY-MM-DD`, or null. Reads `2025-10-30`,
 * `2025/10/30`, `20251030` (as in `20251030 0748 Parallels Transcription`), `October 30, 2025`
 * and `30 Oct 2025`. Relative dates ("today", "next Friday") are not dates of the source.
 */
export function findDate(text: string): string | null {
  const candidates: { index: number; date: string }[] = [];
  const push = (index: number, y: number, m: number, d: number): void => {
    const date = isoDate(y, m, d);
    if (date !== null) candidates.push({ index, date });
  };
  for (const m of text.matchAll(/(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g)) {
    push(m.index, Number(m[1]), Number(m[2]), Number(m[3]));
  }
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/g)) {
    push(m.index, Number(m[1]), Number(m[2]), Number(m[3]));
  }
  for (const m of text.matchAll(new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "gi"))) {
    push(m.index, Number(m[3]), monthNumber(m[1]), Number(m[2]));
  }
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})\\b`, "gi"))) {
    push(m.index, Number(m[3]), monthNumber(m[2]), Number(m[1]));
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0]?.date ?? null;
}

function monthNumber(name: string | undefined): number {
  if (name === undefined) return 0;
  return MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith("sept") ? 4 : 3)] ?? 0;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1970 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
