import { MARK_END, MARK_START } from "./search-index.ts";

const MARKS = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, "g");

/** A snippet's matches in ANSI bold (on a terminal) or Markdown `**bold**` (anywhere else). */
export function highlight(snippet: string, ansi: boolean): string {
  return snippet.replace(MARKS, ansi ? "\x1b[1m$1\x1b[22m" : "**$1**").replace(/[\u0002\u0003]/g, "");
}
