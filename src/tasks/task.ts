import type { Priority } from "../extract/extraction.ts";
import { statusKind, TASK_SYMBOLS, type TaskStatusKind } from "./task-format.ts";
import { hashTags, ownerRegex } from "./task-regular-expressions.ts";

/** A field Tasks reads from the end of a task's body. MARKER(task-field) */
export type TaskFieldKind =
  | "priority"
  | "done"
  | "cancelled"
  | "due"
  | "scheduled"
  | "start"
  | "created"
  | "recurrence"
  | "onCompletion"
  | "tag"
  | "id"
  | "dependsOn";

export type DateFieldKind = "due" | "scheduled" | "start" | "created" | "done" | "cancelled";
export const DATE_FIELDS: readonly DateFieldKind[] = ["due", "scheduled", "start", "created", "done", "cancelled"];

/**
 * One field as written: `lead` is the whitespace before it, `text` the field itself (`📅 2025-11-08`,
 * `⏫`, `#task`), `value` what it means (`2025-11-08`, `high`, `#task`).
 */
export type TaskField = {
  readonly kind: TaskFieldKind;
  readonly lead: string;
  readonly text: string;
  readonly value: string;
};

/**
 * An Obsidian Tasks line, immutable, held as the exact pieces it was written with so that
 * `serializeTask(parseTaskLine(line)) === line` for every line. Edits (edit-task.ts) return a new
 * Task that changes only the pieces they touch and keeps `originalMarkdown`, the line as read,
 * so a write-back can find the line again.
 *
 * Layout: indentation, listMarker, markerGap, `[`, status, `]`, checkboxGap, description,
 * fields (each `lead + text`), blockLink, trailing.
 */
export type Task = {
  readonly originalMarkdown: string;
  /** Spaces, tabs and blockquote `>` before the list marker. */
  readonly indentation: string;
  /** `-`, `*`, `+`, `1.`, `2)`. */
  readonly listMarker: string;
  readonly markerGap: string;
  /** The status character: ` `, `x`, `?`, `-`, `/`, or any other one. */
  readonly status: string;
  readonly checkboxGap: string;
  /** The body before its trailing fields: the text, inline tags, and the `@Owner` at its end. */
  readonly description: string;
  /** Trailing fields in the order they appear in the line. */
  readonly fields: readonly TaskField[];
  /** ` ^block-id` with any whitespace before it, or "". */
  readonly blockLink: string;
  /** Whitespace at the end (a Markdown hard break), and anything after a line break character. */
  readonly trailing: string;
};

// ---- reading a task's values (pure accessors over the pieces) ----

export const taskStatusKind = (t: Task): TaskStatusKind => statusKind(t.status);

export function fieldValue(t: Task, kind: TaskFieldKind): string | null {
  return t.fields.find((f) => f.kind === kind)?.value ?? null;
}

export const taskDate = (t: Task, kind: DateFieldKind): string | null => fieldValue(t, kind);
export const taskPriority = (t: Task): Priority | null => fieldValue(t, "priority") as Priority | null;
export const taskRecurrence = (t: Task): string | null => fieldValue(t, "recurrence");
export const taskIdField = (t: Task): string | null => fieldValue(t, "id");
export const taskDependsOn = (t: Task): string[] => {
  const v = fieldValue(t, "dependsOn");
  return v ? v.replace(/ /g, "").split(",").filter(Boolean) : [];
};

/** The block id without its caret (`mnemo-k3x9aq`), or null. */
export function taskBlockId(t: Task): string | null {
  const m = /\^([a-zA-Z0-9-]+)$/.exec(t.blockLink);
  return m ? m[1]! : null;
}

/** Every tag, inline ones first, as Tasks lists them (`#task`). */
export function taskTags(t: Task): string[] {
  const inline = t.description.includes("#") ? (t.description.match(hashTags) ?? []).map((s) => s.trim()) : [];
  for (const f of t.fields) if (f.kind === "tag") inline.push(f.value);
  return inline;
}

/** Where the `@Owner` mention starts in the description (at its separating space), or -1. */
export function ownerStart(description: string): number {
  if (!description.includes("@")) return -1;
  const m = ownerRegex.exec(description);
  return m ? m.index : -1;
}

/**
 * The description read as Mnemo writes it: what the task says to do (without inline tags) and who
 * owns it (the `@Owner` at its end; a `[[link]]` loses its brackets).
 */
export function splitDescription(description: string): { text: string; owner: string | null } {
  const m = description.includes("@") ? ownerRegex.exec(description) : null;
  let text = m ? description.slice(0, m.index) : description;
  if (text.includes("#")) text = text.replace(hashTags, "");
  text = /\s\s|^\s|\s$|[\t\n\r\u00a0]/.test(text) ? text.replace(/\s+/g, " ").trim() : text;
  if (!m) return { text, owner: null };
  const name = m[2]!;
  return { text, owner: name.startsWith("[[") ? name.slice(2, -2).split("|")[0]!.trim() : name };
}

/** The owner as written after `@` (`Myself`, `Raj Patel`; a `[[link]]` loses its brackets), or null. */
export function taskOwner(t: Task): string | null {
  return splitDescription(t.description).owner;
}

/** The description without the owner mention and inline tags: what the task says to do. */
export function taskText(t: Task): string {
  return splitDescription(t.description).text;
}

/** The symbol Mnemo writes for a field (the first of Tasks' symbols). MARKER(task-field) */
export function fieldSymbol(kind: Exclude<TaskFieldKind, "priority" | "tag">): string {
  return TASK_SYMBOLS[kind];
}
