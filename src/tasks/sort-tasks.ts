import { priorityRank } from "./task-format.ts";
import type { VaultTask } from "./vault-task.ts";

/** Due date first (undated last), then priority (highest first, none between medium and low), then place. */
export function sortTasks(tasks: readonly VaultTask[]): VaultTask[] {
  return [...tasks].sort(
    (a, b) =>
      cmp(a.due ?? "~", b.due ?? "~") ||
      priorityRank(a.priority) - priorityRank(b.priority) ||
      cmp(a.file, b.file) ||
      a.lineIndex - b.lineIndex,
  );
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
