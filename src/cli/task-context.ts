import { isValidIsoDate } from "../tasks/edit-task.ts";
import { localIsoDate } from "../tasks/local-date.ts";
import { applyTaskChanges, TaskMovedError, type TaskChange } from "../tasks/apply-task-changes.ts";
import { findTasksById } from "../tasks/find-tasks-by-id.ts";
import { readVaultTasks } from "../tasks/read-vault-tasks.ts";
import { stampId } from "../tasks/triage-task.ts";
import { TaskEditError } from "../tasks/task-edit-error.ts";
import { taskText, type Task } from "../tasks/task.ts";
import type { VaultTask } from "../tasks/vault-task.ts";
import type { VaultConfig } from "../vault/config.ts";
import { findVault } from "../vault/find-vault.ts";
import { loadConfig } from "../vault/load-config.ts";
import { line, type CliIO } from "./io.ts";

export type TaskContext = { root: string; config: VaultConfig; today: string };

/** The vault, its config, and today's date (`MNEMO_TODAY=YYYY-MM-DD` fixes it, for scripts and tests). */
export async function loadTaskContext(vault: string | undefined, io: CliIO): Promise<TaskContext> {
  const root = findVault(vault, io.env, io.cwd);
  const config = await loadConfig(root);
  const fixed = io.env.MNEMO_TODAY;
  const today = fixed && isValidIsoDate(fixed) ? fixed : localIsoDate(new Date());
  return { root, config, today };
}

export type ChangeOutcome = { code: number; changed: VaultTask[] };

/**
 * Finds the named tasks, works out each new line with `change`, and writes them all (or, when any
 * id is unknown or a change is refused, nothing). Prints one line per task: what happened to it.
 */
export async function changeTasks(
  ctx: TaskContext,
  ids: readonly string[],
  verb: string,
  change: (t: Task) => Task,
  io: CliIO,
): Promise<ChangeOutcome> {
  const tasks = readVaultTasks(ctx.root, ctx.config);
  const { found, problems } = findTasksById(tasks, ids);
  const changes: TaskChange[] = [];
  const unchanged: VaultTask[] = [];
  for (const t of found) {
    try {
      const after = change(t.task);
      if (after === t.task) unchanged.push(t);
      else changes.push({ file: t.file, lineIndex: t.lineIndex, before: t.task, after: stampId(after, t.id) });
    } catch (e) {
      if (!(e instanceof TaskEditError)) throw e;
      problems.push(`${t.id} (${t.text}): ${e.message}`);
    }
  }
  if (problems.length) {
    for (const p of problems) line(io.stderr, `mnemo: ${p}`);
    line(io.stderr, "mnemo: nothing was changed");
    return { code: 1, changed: [] };
  }
  try {
    await applyTaskChanges(ctx.root, changes);
  } catch (e) {
    if (!(e instanceof TaskMovedError)) throw e;
    line(io.stderr, `mnemo: ${e.message}`);
    return { code: 1, changed: [] };
  }
  const changed = found.filter((t) => !unchanged.includes(t));
  for (const t of found) {
    const after = changes.find((c) => c.before === t.task)?.after;
    const text = after ? taskText(after) : t.text;
    line(io.stdout, `${after ? verb : "unchanged"} ${t.id}  ${text}  (${t.file}:${t.lineIndex + 1})`);
  }
  return { code: 0, changed };
}
