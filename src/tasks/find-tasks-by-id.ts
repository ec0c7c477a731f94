import { idMatches } from "./task-id.ts";
import type { VaultTask } from "./vault-task.ts";

export type IdLookup = { found: VaultTask[]; problems: string[] };

/**
 * The tasks the user named, in the order named (each once). An id that names no task, or more than
 * one, is a problem; the caller changes nothing when there is any.
 */
export function findTasksById(tasks: readonly VaultTask[], ids: readonly string[]): IdLookup {
  const found: VaultTask[] = [];
  const problems: string[] = [];
  for (const id of ids) {
    const hits = tasks.filter((t) => idMatches(id, t.task, t.derivedId));
    if (hits.length === 0) problems.push(`no task has the id ${id} (\`mnemo tasks --status all\` lists ids)`);
    else if (hits.length > 1) problems.push(`the id ${id} names ${hits.length} tasks: ${hits.map((h) => `${h.file}:${h.lineIndex + 1}`).join(", ")}`);
    else if (!found.includes(hits[0]!)) found.push(hits[0]!);
  }
  return { found, problems };
}
