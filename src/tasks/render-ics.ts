import { taskDate } from "./task.ts";
import type { VaultTask } from "./vault-task.ts";
import type { TaskStatusKind } from "./task-format.ts";
import type { Priority } from "../extract/extraction.ts";
import { createHash } from "node:crypto";
import { BLOCK_ID_PREFIX } from "./task-format.ts";

const STATUS: Record<TaskStatusKind, string> = {
  proposed: "NEEDS-ACTION",
  open: "NEEDS-ACTION",
  "in-progress": "IN-PROCESS",
  done: "COMPLETED",
  cancelled: "CANCELLED",
};
/** RFC 5545 §3.8.1.9: 1 highest … 9 lowest, 5 medium; no priority is left out (0, undefined). */
const PRIORITY: Record<Priority, number> = { highest: 1, high: 3, medium: 5, low: 7, lowest: 9 };

export type IcsOptions = { now: Date; vaultName?: string };

/**
 * An iCalendar file (RFC 5545) with one VTODO per task that has a due date. Lines end in CRLF, text
 * is escaped and long lines are folded at 75 octets without splitting a UTF-8 character. UIDs come
 * from task ids, so re-exporting updates the same to-dos in a calendar instead of adding copies.
 */
export function renderIcs(tasks: readonly VaultTask[], opts: IcsOptions): string {
  const stamp = utcStamp(opts.now);
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mnemo//Mnemo Tasks//EN", "CALSCALE:GREGORIAN"];
  if (opts.vaultName) lines.push(`X-WR-CALNAME:${escapeText(`Mnemo tasks: ${opts.vaultName}`)}`);
  for (const t of tasks) {
    if (!t.due) continue;
    lines.push("BEGIN:VTODO", `UID:${uid(t)}`, `DTSTAMP:${stamp}`, `SUMMARY:${escapeText(t.text || "(no text)")}`);
    const start = taskDate(t.task, "start") ?? taskDate(t.task, "scheduled");
    if (start && start < t.due) lines.push(`DTSTART;VALUE=DATE:${compact(start)}`);
    lines.push(`DUE;VALUE=DATE:${compact(t.due)}`, `STATUS:${STATUS[t.status]}`);
    if (t.priority) lines.push(`PRIORITY:${PRIORITY[t.priority]}`);
    const done = taskDate(t.task, "done");
    if (t.status === "done" && done) lines.push(`COMPLETED:${compact(done)}T000000Z`);
    const about = [t.owner ? `Owner: ${t.owner}` : "", `Note: ${t.file}`].filter(Boolean).join("\n");
    lines.push(`DESCRIPTION:${escapeText(about)}`);
    const tags = t.tags.map((x) => x.replace(/^#/, ""));
    if (tags.length) lines.push(`CATEGORIES:${tags.map(escapeText).join(",")}`);
    lines.push("END:VTODO");
  }
  lines.push("END:VCALENDAR");
  return lines.map((l) => `${foldLine(l)}\r\n`).join("");
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma are escaped; a line break becomes `\n`. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * RFC 5545 §3.1: a content line longer than 75 octets is split, each continuation starting with a
 * space, never inside a UTF-8 multi-octet character (nor between a surrogate pair).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, "utf8");
    const limit = parts.length === 0 ? 75 : 74; // a continuation's leading space is one of its 75
    if (octets + n > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** Mnemo's ids are unique in the vault; a user's own `^id` or 🆔 only in its note, so the note is added. */
function uid(t: VaultTask): string {
  if (t.id.startsWith(BLOCK_ID_PREFIX)) return `${t.id}@mnemo`;
  return `${t.id}.${createHash("sha256").update(t.file).digest("hex").slice(0, 8)}@mnemo`;
}

const compact = (iso: string) => iso.replace(/-/g, "");

function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
