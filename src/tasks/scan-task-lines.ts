import { parseTaskLine } from "./parse-task-line.ts";
import type { Task } from "./task.ts";

/** A task line found in a file: 0-based line number and the offsets of the line without its ending. */
export type TaskLineHit = { task: Task; lineIndex: number; start: number; end: number };

const FENCE = /^[\s>]*(`{3,}|~{3,})/;

/**
 * Finds the task lines of a Markdown file in one pass, without building a syntax tree: lines in
 * the YAML frontmatter and in fenced code blocks (such as ```tasks queries) are skipped. A line
 * ending is `\n` or `\r\n`; the `\r` is not part of the line.
 */
export function scanTaskLines(text: string): TaskLineHit[] {
  const hits: TaskLineHit[] = [];
  if (!text.includes("[")) return hits;
  let fence: string | null = null;
  let inFrontmatter = text.startsWith("---\n") || text.startsWith("---\r\n");
  let start = 0;
  let nextBracket = text.indexOf("[");
  for (let lineIndex = 0; start <= text.length; lineIndex++) {
    let nl = text.indexOf("\n", start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (nextBracket >= 0 && nextBracket < start) nextBracket = text.indexOf("[", start);
    if (inFrontmatter) {
      const line = text.slice(start, end);
      if (lineIndex > 0 && (line === "---" || line === "...")) inFrontmatter = false;
    } else if (startsWithFenceChar(text, start, end)) {
      const line = text.slice(start, end);
      const f = FENCE.exec(line);
      if (f) {
        const mark = f[1]!;
        if (fence === null) fence = mark;
        else if (mark[0] === fence[0] && mark.length >= fence.length && line.trim().replace(/^[>\s]*/, "") === mark) fence = null;
      }
    } else if (fence === null && nextBracket >= 0 && nextBracket < end) {
      // Only lines holding a `[` are cut out and read.
      const task = parseTaskLine(text.slice(start, end));
      if (task) hits.push({ task, lineIndex, start, end });
    }
    if (nl >= text.length) break;
    start = nl + 1;
  }
  return hits;
}

/** Whether the line's first character after indentation and `>` is a backtick or a tilde. */
function startsWithFenceChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 62 /* > */) continue;
    return c === 96 /* ` */ || c === 126 /* ~ */;
  }
  return false;
}
