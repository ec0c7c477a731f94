import { applyTaskChanges } from "../../tasks/apply-task-changes.ts";
import { isValidIsoDate } from "../../tasks/edit-task.ts";
import { filterTasks } from "../../tasks/filter-tasks.ts";
import { readFileTasks, readVaultTasks } from "../../tasks/read-vault-tasks.ts";
import { sortTasks } from "../../tasks/sort-tasks.ts";
import { TaskEditError } from "../../tasks/task-edit-error.ts";
import { PRIORITY_ORDER } from "../../tasks/task-format.ts";
import { editTask, renderEditedTask, stampId, triageTask, type TaskEdits } from "../../tasks/triage-task.ts";
import type { Task } from "../../tasks/task.ts";
import type { VaultTask } from "../../tasks/vault-task.ts";
import type { Priority } from "../../extract/extraction.ts";
import { line, type CliIO } from "../io.ts";
import { PromptReader } from "../prompt-reader.ts";
import { loadTaskContext, type TaskContext } from "../task-context.ts";
import { selfName } from "./tasks.ts";

const KEYS = "a accept, r reject, e edit, s skip, q quit";

/**
 * `mnemo review`: walks the proposed tasks one at a time, soonest due first. Each answer is written
 * to its note straight away, so quitting keeps what was decided. Plain lines only (no colour, no
 * cursor movement), so it works with a screen reader and in a pipe.
 */
export async function review(_args: string[], options: { vault?: string }, io: CliIO): Promise<number> {
  const ctx = await loadTaskContext(options.vault, io);
  const queue = sortTasks(filterTasks(readVaultTasks(ctx.root, ctx.config), { statuses: new Set(["proposed"]) }));
  if (queue.length === 0) {
    line(io.stdout, "No proposed tasks to review.");
    return 0;
  }
  const input = io.stdin ?? process.stdin;
  const ask = new PromptReader(input, io.stdout);
  const counts = { accepted: 0, rejected: 0, edited: 0, skipped: 0 };
  line(io.stdout, `${queue.length} proposed task${queue.length === 1 ? "" : "s"} to review. Keys: ${KEYS}.`);
  let index = 0;
  try {
    while (index < queue.length) {
      let t = queue[index]!;
      line(io.stdout);
      describe(io, t, index, queue.length);
      const key = await ask.key(`${KEYS}: `);
      if (key === null || key === "q") break;
      if (key === "a" || key === "r") {
        if (!(await attempt(io, () => save(ctx, t, triageTask(t.task, key === "a" ? "accept" : "reject", ctx.today))))) continue;
        line(io.stdout, key === "a" ? "Accepted." : "Rejected.");
        counts[key === "a" ? "accepted" : "rejected"]++;
        index++;
      } else if (key === "s") {
        line(io.stdout, "Skipped.");
        counts.skipped++;
        index++;
      } else if (key === "e") {
        const edits = await askEdits(ctx, ask, io, t);
        if (edits === null) break;
        if (Object.keys(edits).length) {
          const saved = await attempt(io, () => save(ctx, t, editTask(t.task, edits)));
          if (!saved) continue;
          queue[index] = t = saved;
          counts.edited++;
          line(io.stdout, "Edited; still proposed. Accept, reject or skip it now.");
        } else line(io.stdout, "Nothing changed.");
      } else {
        line(io.stdout, `Unknown key "${key}". Keys: ${KEYS}.`);
      }
    }
  } finally {
    ask.close();
  }
  const left = queue.length - index;
  line(io.stdout);
  line(io.stdout, `Reviewed: ${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.edited} edited, ${counts.skipped} skipped; ${left} not reviewed.`);
  return 0;
}

function describe(io: CliIO, t: VaultTask, i: number, n: number): void {
  line(io.stdout, `Task ${i + 1} of ${n}: ${t.text}`);
  line(io.stdout, `  owner: ${t.owner ?? "none"}; due: ${t.due ?? "none"}; priority: ${t.priority ?? "none"}`);
  line(io.stdout, `  in ${t.file}, line ${t.lineIndex + 1}; id ${t.id}`);
}

/** Asks for each field in turn; Enter keeps it. Returns only the fields that change; null if input ended. */
async function askEdits(ctx: TaskContext, ask: PromptReader, io: CliIO, t: VaultTask): Promise<TaskEdits | null> {
  line(io.stdout, "Edit the task. Press Enter to keep a value; type none to clear it.");
  const edits: TaskEdits = {};
  const text = await ask.line(`  text [${t.text}]: `);
  if (text === null) return null;
  if (text.trim()) edits.text = text.trim();
  const owner = await ask.line(`  owner [${t.owner ?? "none"}]: `);
  if (owner === null) return null;
  if (owner.trim()) edits.owner = owner.trim().toLowerCase() === "none" ? null : selfName(ctx, owner);
  for (;;) {
    const due = await ask.line(`  due date, YYYY-MM-DD [${t.due ?? "none"}]: `);
    if (due === null) return null;
    const v = due.trim();
    if (!v) break;
    if (v.toLowerCase() === "none") edits.due = null;
    else if (isValidIsoDate(v)) edits.due = v;
    else {
      line(io.stdout, `  "${v}" is not a date like 2025-11-08.`);
      continue;
    }
    break;
  }
  for (;;) {
    const p = await ask.line(`  priority, one of highest, high, medium, low, lowest, none [${t.priority ?? "none"}]: `);
    if (p === null) return null;
    const v = p.trim().toLowerCase();
    if (!v) break;
    if ((PRIORITY_ORDER as readonly string[]).includes(v)) edits.priority = v === "none" ? null : (v as Priority);
    else {
      line(io.stdout, `  "${v}" is not a priority.`);
      continue;
    }
    break;
  }
  return edits;
}

/** Runs a change; an edit that cannot be made is told on stdout (the task is asked again). */
async function attempt<T>(io: CliIO, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof TaskEditError)) throw e;
    line(io.stdout, `Not changed: ${e.message}.`);
    return null;
  }
}

/** Writes one task's new line (with its block id) and returns the task as now in the file. */
async function save(ctx: TaskContext, t: VaultTask, after: Task): Promise<VaultTask> {
  if (after === t.task) return t;
  const stamped = stampId(after, t.id);
  await applyTaskChanges(ctx.root, [{ file: t.file, lineIndex: t.lineIndex, before: t.task, after: stamped }]);
  const again = readFileTasks(t.file, renderEditedTask(stamped)).at(0);
  return again ? { ...again, id: t.id, derivedId: t.derivedId, file: t.file, lineIndex: t.lineIndex } : t;
}
