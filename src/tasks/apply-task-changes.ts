import { readFile } from "node:fs/promises";
import path from "node:path";
import { writeAtomic } from "../vault/write-atomic.ts";
import { renderEditedTask } from "./triage-task.ts";
import type { Task } from "./task.ts";

/** One task line to rewrite: where it was read, the task as read, and the task as it should be. */
export type TaskChange = { file: string; lineIndex: number; before: Task; after: Task };

/** The line is no longer what was read (the note was edited meanwhile): nothing is written. */
export class TaskMovedError extends Error {}

/**
 * Rewrites exactly the changed lines, each in place: every other byte of each file (line endings,
 * frontmatter, other tasks) stays as it was. All new file contents are rendered, and every line
 * checked, before the first file is written; each file is then replaced atomically.
 * Returns the files written (vault-relative).
 */
export async function applyTaskChanges(root: string, changes: readonly TaskChange[]): Promise<string[]> {
  const byFile = new Map<string, TaskChange[]>();
  for (const c of changes) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
  const rendered: [string, string][] = [];
  for (const [file, list] of byFile) {
    const text = await readFile(path.join(root, file), "utf8");
    rendered.push([file, spliceLines(file, text, list)]);
  }
  for (const [file, text] of rendered) await writeAtomic(path.join(root, file), text);
  return rendered.map(([file]) => file);
}

/** The file's text with each change's line replaced; pure. */
export function spliceLines(file: string, text: string, changes: readonly TaskChange[]): string {
  const spans = lineSpans(text);
  const edits = changes.map((c) => {
    let span = spans[c.lineIndex];
    if (!span || text.slice(span[0], span[1]) !== c.before.originalMarkdown) {
      // The line moved (lines were added above it): find it by its exact text, if it is unique.
      const same = spans.filter(([s, e]) => text.slice(s, e) === c.before.originalMarkdown);
      if (same.length !== 1) throw new TaskMovedError(`${file}: the task line "${c.before.originalMarkdown.trim()}" changed since it was read; run the command again`);
      span = same[0]!;
    }
    return { span, line: renderEditedTask(c.after) };
  });
  edits.sort((a, b) => b.span[0] - a.span[0]);
  let out = text;
  for (const { span, line } of edits) out = out.slice(0, span[0]) + line + out.slice(span[1]);
  return out;
}

/** [start, end) of every line, without its `\n` or `\r\n`. */
function lineSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const stop = nl < 0 ? text.length : nl;
    spans.push([start, stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop]);
    if (nl < 0) return spans;
    start = nl + 1;
  }
}
