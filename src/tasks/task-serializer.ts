import { parseTaskLine } from "./parse-task-line.ts";
import { serializeTask } from "./serialize-task.ts";
import type { Task } from "./task.ts";

/** A task line format, as obsidian-tasks' `TaskSerializer`: read a line, write a task. */
export interface TaskSerializer {
  deserialize(line: string): Task | null;
  serialize(task: Task): string;
}

/** The Obsidian Tasks emoji format, lossless: `serialize(deserialize(line)!) === line`. */
export const defaultTaskSerializer: TaskSerializer = { deserialize: parseTaskLine, serialize: serializeTask };
