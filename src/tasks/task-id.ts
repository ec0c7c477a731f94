import { BLOCK_ID_PREFIX } from "./task-format.ts";
import { normaliseTaskText } from "./normalise-task-text.ts";
import { taskBlockId, taskIdField, type Task } from "./task.ts";

/**
 * The id a task is known by before Mnemo has ever changed it: `mnemo-` and six characters of a hash
 * of its note's vault path, its normalised text and how many tasks with the same text come before
 * it in that note. Edits elsewhere in the file (or to its dates, owner, status) leave it alone;
 * the first change writes it into the line as the block id `^mnemo-…`, which then never changes.
 */
export function derivedTaskId(file: string, text: string, occurrence: number): string {
  return BLOCK_ID_PREFIX + (hash53(`${file}\n${normaliseTaskText(text)}\n${occurrence}`) % 36 ** 6).toString(36).padStart(6, "0");
}

/**
 * cyrb53, a fast 53-bit string hash (public domain, bryc): ids only need to be stable and spread
 * out, and a vault lists tens of thousands of tasks, where a cryptographic hash per task shows.
 * Changing it would change every derived id: keep it.
 */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The id shown for a task: its block id, else its Tasks 🆔 id, else the derived id. */
export function taskId(t: Task, derived: string): string {
  return taskBlockId(t) ?? taskIdField(t) ?? derived;
}

/** Whether a user-typed id names this task (a leading `^` is allowed; case-insensitive). */
export function idMatches(query: string, t: Task, derived: string): boolean {
  const q = query.trim().replace(/^\^/, "").toLowerCase();
  return [taskBlockId(t), taskIdField(t), derived].some((id) => id !== null && id.toLowerCase() === q);
}
