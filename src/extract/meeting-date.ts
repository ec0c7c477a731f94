import type { SourceDocument } from "../sources/source-document.ts";

/** Used only when neither the source nor its file name carries a date. */
export const UNKNOWN_DATE = "1970-01-01";

/**
 * The date a note is filed under: the source's own date, else the first dated email message,
 * else a `YYYY-MM-DD` or `YYYYMMDD` in the file name or title, else UNKNOWN_DATE.
 */
export function meetingDate(doc: SourceDocument): string {
  if (doc.date) return doc.date;
  for (const m of doc.messages) {
    const d = /^(\d{4}-\d{2}-\d{2})/.exec(m.date ?? "");
    if (d) return d[1]!;
  }
  for (const m of `${doc.fileName} ${doc.title ?? ""}`.matchAll(/(?<!\d)((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?!\d)/g)) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return UNKNOWN_DATE;
}
