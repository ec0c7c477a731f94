import type { Priority } from "../extract/extraction.ts";
import { withBlockId, withDate, withOwner, withPriority, withStatus, withText, withoutTag } from "./edit-task.ts";
import { parseTaskLine } from "./parse-task-line.ts";
import { serializeTask } from "./serialize-task.ts";
import { PROPOSED_TAG, TASK_STATUS } from "./task-format.ts";
import { TaskEditError } from "./task-edit-error.ts";
import {
  DATE_FIELDS,
  taskBlockId,
  taskDependsOn,
  taskIdField,
  taskOwner,
  taskPriority,
  taskRecurrence,
  taskStatusKind,
  taskTags,
  taskText,
  type Task,
  taskDate,
} from "./task.ts";

export type TriageAction = "accept" | "reject" | "done" | "reopen";
export type TaskEdits = { text?: string; owner?: string | null; due?: string | null; priority?: Priority | null };

/**
 * What a triage command does to one task:
 * accept `[?]`→`[ ]` without `#proposed`; reject `[-]` + ❌ today; done `[x]` + ✅ today (without
 * `#proposed`); reopen `[ ]` without ✅, ❌ and `#proposed`. Other fields are left alone.
 */
export function triageTask(t: Task, action: TriageAction, today: string): Task {
  const kind = taskStatusKind(t);
  switch (action) {
    case "accept":
      if (kind === "done" || kind === "cancelled") throw new TaskEditError(`is ${kind}; use \`reopen\` to make it open again`);
      return withoutTag(kind === "proposed" ? withStatus(t, TASK_STATUS.open) : t, PROPOSED_TAG);
    case "reject":
      if (kind === "cancelled") return t;
      return withDate(withDate(withStatus(t, TASK_STATUS.cancelled), "done", null), "cancelled", today);
    case "done":
      if (kind === "done") return t;
      return withoutTag(withDate(withDate(withStatus(t, TASK_STATUS.done), "cancelled", null), "done", today), PROPOSED_TAG);
    case "reopen":
      return withoutTag(withDate(withDate(withStatus(t, TASK_STATUS.open), "done", null), "cancelled", null), PROPOSED_TAG);
  }
}

/** `mnemo tasks edit`: text, owner, due date, priority; undefined leaves a field as it is, null clears it. */
export function editTask(t: Task, edits: TaskEdits): Task {
  let out = t;
  if (edits.text !== undefined) out = withText(out, edits.text);
  if (edits.owner !== undefined) out = withOwner(out, edits.owner);
  if (edits.due !== undefined) out = withDate(out, "due", edits.due);
  if (edits.priority !== undefined) out = withPriority(out, edits.priority);
  return out;
}

/** The first change gives a task without an id its block id, so later commands find it by that id. */
export function stampId(t: Task, id: string): Task {
  return taskBlockId(t) || taskIdField(t) ? t : withBlockId(t, id);
}

/**
 * Serializes an edited task and proves that Obsidian Tasks' way of reading the new line gives
 * back every value the edit meant: a line that would read differently is never written.
 */
export function renderEditedTask(t: Task): string {
  const line = serializeTask(t);
  const back = parseTaskLine(line);
  if (!back || JSON.stringify(meaning(back)) !== JSON.stringify(meaning(t))) {
    throw new Error(`internal: the edited task would read back differently: ${line}`);
  }
  return line;
}

/** Everything a task means, for comparing two tasks. MARKER(task-field) */
export function meaning(t: Task) {
  return {
    status: t.status,
    text: taskText(t),
    owner: taskOwner(t),
    dates: DATE_FIELDS.map((k) => taskDate(t, k)),
    priority: taskPriority(t),
    recurrence: taskRecurrence(t),
    id: taskIdField(t),
    dependsOn: taskDependsOn(t),
    tags: taskTags(t).map((x) => x.toLowerCase()).sort(),
    blockId: taskBlockId(t),
  };
}
