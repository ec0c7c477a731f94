import type { Priority } from "../extract/extraction.ts";
import { TASK_SYMBOLS } from "./task-format.ts";
import { TaskEditError } from "./task-edit-error.ts";
import { hashTags, isoDateRegex } from "./task-regular-expressions.ts";
import { fieldSymbol, ownerStart, type DateFieldKind, type Task, type TaskField, type TaskFieldKind } from "./task.ts";

/**
 * Pure edits of a Task. Each returns a new Task that differs only in the pieces it touches; every
 * other byte of the line stays as the user wrote it. New fields go after the last non-tag field,
 * so tags stay at the end, where Mnemo and most users keep them.
 */

export function withStatus(t: Task, status: string): Task {
  if ([...status].length !== 1 || /[\r\n\]]/.test(status)) throw new TaskEditError(`not a status character: ${JSON.stringify(status)}`);
  return { ...t, status };
}

/** Sets a date field (keeping its symbol and spacing when present), or removes it with null. */
export function withDate(t: Task, kind: DateFieldKind, date: string | null): Task {
  if (date !== null && !isValidIsoDate(date)) throw new TaskEditError(`not a date (YYYY-MM-DD): ${date}`);
  return setField(t, kind, date, (old) => (old ? old.text.replace(/\d{4}-\d{2}-\d{2}$/, date!) : `${fieldSymbol(kind)} ${date}`));
}

export function withPriority(t: Task, priority: Priority | null): Task {
  return setField(t, "priority", priority, () => TASK_SYMBOLS.priority[priority!]);
}

/** Adds a `^block-id` at the end of the line, unless the task has one. */
export function withBlockId(t: Task, id: string): Task {
  if (!/^[a-zA-Z0-9-]+$/.test(id)) throw new TaskEditError(`not a block id: ${id}`);
  if (t.blockLink) return t;
  return { ...t, blockLink: ` ^${id}` };
}

/** Removes a tag (case-insensitive) wherever it is: in the trailing fields or inside the text. */
export function withoutTag(t: Task, tag: string): Task {
  const want = tag.toLowerCase();
  const fields = removeFields(t.fields, (f) => f.kind === "tag" && f.value.toLowerCase() === want);
  let description = t.description.replace(hashTags, (m) => (m.trim().toLowerCase() === want ? "" : m));
  if (description !== t.description) description = description.trim();
  if (fields.length === t.fields.length && description === t.description) return t;
  return { ...t, description, fields };
}

export function withTag(t: Task, tag: string): Task {
  if (!/^#[^ !@#$%^&*(),.?":{}|<>]+$/.test(tag)) throw new TaskEditError(`not a tag: ${tag}`);
  const field: TaskField = { kind: "tag", lead: " ", text: tag, value: tag };
  return { ...t, fields: [...t.fields, field] };
}

/** Sets the `@Owner` at the end of the description (null removes it). */
export function withOwner(t: Task, owner: string | null): Task {
  const at = ownerStart(t.description);
  const text = (at >= 0 ? t.description.slice(0, at) : t.description).trimEnd();
  const name = owner === null ? null : cleanOwner(owner);
  const description = name ? (text ? `${text} @${name}` : `@${name}`) : text;
  return { ...t, description };
}

/** Replaces what the task says, keeping its owner mention. */
export function withText(t: Task, text: string): Task {
  const clean = cleanTaskText(text);
  if (!clean) throw new TaskEditError("a task needs some text");
  const at = ownerStart(t.description);
  const owner = at >= 0 ? t.description.slice(at) : "";
  return { ...t, description: clean + (owner && !/^\s/.test(owner) ? ` ${owner}` : owner) };
}

/**
 * Text that cannot leak into a task's fields: no line breaks, no signifier emoji, no trailing
 * block id. MARKER(task-field)
 */
export function cleanTaskText(text: string): string {
  let out = text.replace(/\s+/g, " ");
  for (const s of ALL_SYMBOLS) out = out.split(s).join("");
  return out.replace(/\s\^[a-zA-Z0-9-]+$/, "").replace(/\s+/g, " ").trim();
}

export const ALL_SYMBOLS: readonly string[] = [
  TASK_SYMBOLS.due,
  "📆",
  "🗓",
  TASK_SYMBOLS.scheduled,
  "⌛",
  TASK_SYMBOLS.start,
  TASK_SYMBOLS.created,
  TASK_SYMBOLS.done,
  TASK_SYMBOLS.cancelled,
  TASK_SYMBOLS.recurrence,
  TASK_SYMBOLS.onCompletion,
  TASK_SYMBOLS.id,
  TASK_SYMBOLS.dependsOn,
  ...Object.values(TASK_SYMBOLS.priority),
];

function cleanOwner(owner: string): string {
  const name = owner.trim().replace(/^@/, "").replace(/\s+/g, " ");
  if (!name || /[#@\n]/.test(name)) throw new TaskEditError(`not an owner name: ${owner}`);
  for (const s of ALL_SYMBOLS) if (name.includes(s)) throw new TaskEditError(`not an owner name: ${owner}`);
  return name;
}

export function isValidIsoDate(s: string): boolean {
  if (!isoDateRegex.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * The order Mnemo writes fields in: Tasks' own order, except that the due date comes before the
 * priority as in every proposal (`📅 2025-11-08 ⏫`), and the ✅/❌ dates of triage come last.
 * MARKER(task-field)
 */
const FIELD_RANK: Record<TaskFieldKind, number> = {
  id: 0,
  dependsOn: 1,
  recurrence: 2,
  onCompletion: 3,
  created: 4,
  start: 5,
  scheduled: 6,
  due: 7,
  priority: 8,
  cancelled: 9,
  done: 10,
  tag: 11,
};

function setField(t: Task, kind: TaskFieldKind, value: string | null, render: (old: TaskField | undefined) => string): Task {
  const at = t.fields.findIndex((f) => f.kind === kind);
  if (value === null) {
    if (at < 0) return t;
    return { ...t, fields: removeFields(t.fields, (f) => f.kind === kind) };
  }
  if (at >= 0) {
    const old = t.fields[at]!;
    const fields = t.fields.filter((f, i) => f.kind !== kind || i === at).map((f) => (f === old ? { ...f, text: render(old), value } : f));
    return { ...t, fields };
  }
  const field: TaskField = { kind, lead: " ", text: render(undefined), value };
  // Before the first field that comes later in Mnemo's order, else after the last non-tag field.
  let insertAt = t.fields.findIndex((f) => f.kind !== "tag" && FIELD_RANK[f.kind] > FIELD_RANK[kind]);
  if (insertAt < 0) {
    insertAt = 0;
    t.fields.forEach((f, i) => {
      if (f.kind !== "tag") insertAt = i + 1;
    });
  }
  const fields = [...t.fields];
  fields.splice(insertAt, 0, field);
  // The first field of an empty description needs no space before it.
  if (!t.description && insertAt === 0) fields[0] = { ...field, lead: "" };
  return { ...t, fields };
}

/**
 * Drops fields; the field after a dropped one takes the dropped one's leading whitespace, so what
 * precedes it is separated exactly as before (Tasks reads a tab after a tag as part of the tag).
 */
function removeFields(fields: readonly TaskField[], drop: (f: TaskField) => boolean): TaskField[] {
  const out: TaskField[] = [];
  let lead: string | null = null;
  for (const f of fields) {
    if (drop(f)) lead ??= f.lead;
    else {
      out.push(lead === null ? f : { ...f, lead });
      lead = null;
    }
  }
  return out;
}
