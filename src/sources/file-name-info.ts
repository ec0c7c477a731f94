import { findDate } from "./find-date.ts";

export type FileNameInfo = {
  /** The name without folders, leading date and extension (`1-1 - Lior`), or null if nothing is left. */
  title: string | null;
  /** A date written in the name, leading `YYYY-MM-DD ` preferred. */
  date: string | null;
};

/** Title and date from a file name such as `2025-10-30 - 1-1 - Lior - 2025-10-30.md`. */
export function fileNameInfo(fileName: string): FileNameInfo {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[A-Za-z0-9]{1,8}$/, "");
  const date = findDate(stem);
  const title = stem
    .replace(/^\d{4}-\d{2}-\d{2}(?:\s*[-–—_]\s*|\s+|$)/, "")
    .replace(/\s*[-–—_]\s*\d{4}-\d{2}-\d{2}$/, "")
    .trim();
  return { title: title === "" ? null : title, date };
}
