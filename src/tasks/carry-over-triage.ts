import { normaliseTaskText } from "./normalise-task-text.ts";
import { parseTaskLine } from "./parse-task-line.ts";
import { scanTaskLines } from "./scan-task-lines.ts";
import { taskBlockId, taskIdField, taskOwner, taskStatusKind, taskText, type Task } from "./task.ts";

/** How alike two task texts must be (Dice coefficient over their words) to count as the same task. */
export const SIMILAR_ENOUGH = 0.6;

/**
 * When a note is generated again from its source, keeps what the user did to its tasks.
 * `newTaskLines` are the freshly proposed lines; the result is the lines to write instead:
 *
 * - a new proposal that matches a task the user accepted, edited, finished or rejected is replaced
 *   by the user's line, unchanged (so a rejected task is never proposed again for the same source);
 * - a new proposal matching a previous proposal nobody touched is written fresh;
 * - tasks the user triaged or added that match no new proposal are kept, after the new lines;
 *   untouched old proposals that the new extraction no longer makes are dropped.
 *
 * A previous task matches by block id or 🆔 id first, else by normalised text (exact, or similar
 * words), one to one. "Touched" means not `[?]`, or `[?]` with an id (Mnemo adds one on any change).
 * Only the "## Action Items" section of the previous note is read when it has one.
 */
export function carryOverTriage(previousNoteText: string, newTaskLines: string[], isTouched: (task: Task) => boolean = touched): string[] {
  const previous = scanTaskLines(actionItems(previousNoteText)).map(({ task }) => task);
  const used = new Set<Task>();
  const out = newTaskLines.map((line) => {
    const fresh = parseTaskLine(line);
    if (!fresh) return line;
    const old = findMatch(fresh, previous, used);
    if (!old) return line;
    used.add(old);
    return isTouched(old) ? old.originalMarkdown : line;
  });
  for (const old of previous) if (!used.has(old) && isTouched(old)) out.push(old.originalMarkdown);
  return out;
}

/** The default notion of "the user did something to this task". */
export function touched(t: Task): boolean {
  return taskStatusKind(t) !== "proposed" || taskBlockId(t) !== null || taskIdField(t) !== null;
}

function findMatch(fresh: Task, previous: readonly Task[], used: ReadonlySet<Task>): Task | null {
  const free = previous.filter((p) => !used.has(p));
  const ids = [taskBlockId(fresh), taskIdField(fresh)].filter((x): x is string => x !== null);
  if (ids.length) {
    const byId = free.find((p) => [taskBlockId(p), taskIdField(p)].some((x) => x !== null && ids.includes(x)));
    if (byId) return byId;
  }
  const key = normaliseTaskText(taskText(fresh));
  const exact = free.find((p) => normaliseTaskText(taskText(p)) === key);
  if (exact) return exact;
  let best: Task | null = null;
  let bestScore = SIMILAR_ENOUGH;
  for (const p of free) {
    // The same owner makes a borderline match more likely right; a different owner less.
    const ownerBonus = taskOwner(p) && taskOwner(fresh) ? (taskOwner(p)!.toLowerCase() === taskOwner(fresh)!.toLowerCase() ? 0.05 : -0.1) : 0;
    const score = dice(key, normaliseTaskText(taskText(p))) + ownerBonus;
    if (score >= bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/** Dice coefficient of the word sets of two normalised texts: 1 same words, 0 none in common. */
function dice(a: string, b: string): number {
  const wa = new Set(a.split(" ").filter(Boolean));
  const wb = new Set(b.split(" ").filter(Boolean));
  if (!wa.size || !wb.size) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** The "## Action Items" section (up to the next heading of level 1 or 2), or the whole note. */
function actionItems(text: string): string {
  const m = /^##[ \t]+Action Items[ \t]*\r?$/im.exec(text);
  if (!m) return text;
  const rest = text.slice(m.index + m[0].length);
  const next = /^#{1,2}[ \t]/m.exec(rest);
  return next ? rest.slice(0, next.index) : rest;
}
