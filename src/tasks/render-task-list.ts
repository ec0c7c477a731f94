import { taskDate, taskRecurrence } from "./task.ts";
import type { VaultTask } from "./vault-task.ts";

/** A task as `--json` prints it (and the CSV columns, in this order). MARKER(task-field) */
export function taskRecord(t: VaultTask) {
  return {
    id: t.id,
    status: t.status,
    statusSymbol: t.task.status,
    text: t.text,
    owner: t.owner,
    due: t.due,
    scheduled: taskDate(t.task, "scheduled"),
    start: taskDate(t.task, "start"),
    created: taskDate(t.task, "created"),
    done: taskDate(t.task, "done"),
    cancelled: taskDate(t.task, "cancelled"),
    priority: t.priority,
    recurrence: taskRecurrence(t.task),
    tags: [...t.tags],
    file: t.file,
    line: t.lineIndex + 1,
    markdown: t.task.originalMarkdown,
  };
}

/** RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold `"`, `,` or a line break. */
export function renderTasksCsv(tasks: readonly VaultTask[]): string {
  const rows = tasks.map(taskRecord);
  const header = ["id", "status", "text", "owner", "due", "scheduled", "start", "created", "done", "cancelled", "priority", "recurrence", "tags", "file", "line"] as const;
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? "" : Array.isArray(v) ? v.join(" ") : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header.join(","), ...rows.map((r) => header.map((h) => cell(r[h])).join(","))].map((l) => `${l}\r\n`).join("");
}

/**
 * A plain-text table, one task per line, columns padded with spaces (no colour, no box drawing, so
 * it reads well in a screen reader and pastes cleanly). `width` truncates the task text on a terminal.
 */
export function renderTasksTable(tasks: readonly VaultTask[], width?: number): string {
  const head = ["ID", "STATUS", "DUE", "PRIORITY", "OWNER", "TASK", "NOTE"];
  const rows = tasks.map((t) => [t.id, t.status, t.due ?? "", t.priority ?? "", t.owner ?? "", t.text, `${t.file}:${t.lineIndex + 1}`]);
  const widths = head.map((h) => width0(h));
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i]!, width0(c))));
  if (width && rows.length) {
    const others = widths.reduce((a, b) => a + b, 0) - widths[5]! + 2 * (head.length - 1);
    widths[5] = Math.max(20, Math.min(widths[5]!, width - others));
  }
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : pad(truncate(c, widths[i]!), widths[i]!)))
      .join("  ")
      .trimEnd();
  return [fmt(head), ...rows.map(fmt)].join("\n");
}

function truncate(s: string, n: number): string {
  if (width0(s) <= n) return s;
  return `${[...s].slice(0, n - 1).join("")}…`;
}

function pad(s: string, n: number): string {
  return s + " ".repeat(Math.max(0, n - width0(s)));
}

/** Length in code points (what a terminal shows, near enough), without splitting the string. */
function width0(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}
