import type { ExtractedTask } from "../extract/extraction.ts";
import { PROPOSED_TAGS, SELF_OWNER, TASK_STATUS, TASK_SYMBOLS } from "./task-format.ts";

/**
 * Renders an extracted task as one Obsidian Tasks line, in the order Tasks itself writes fields:
 * `- [?] Text @Owner 📅 2025-11-08 ⏫ #task #proposed #auto`.
 * Characters that would end the description early in Tasks' parser (a signifier emoji, a line break)
 * are removed from the text, so the line always reads back as the same task.
 */
export function formatProposedTask(task: ExtractedTask, ownerName: string): string {
  const parts = [`- [${TASK_STATUS.proposed}]`, cleanDescription(task.text)];
  if (task.owner) {
    const owner = sameName(task.owner, ownerName) ? SELF_OWNER : task.owner.trim();
    parts.push(`@${owner}`);
  }
  if (task.due) parts.push(`${TASK_SYMBOLS.due} ${task.due}`);
  if (task.priority) parts.push(TASK_SYMBOLS.priority[task.priority]);
  parts.push(...PROPOSED_TAGS);
  return parts.join(" ");
}

const SIGNIFIERS = [
  TASK_SYMBOLS.due,
  TASK_SYMBOLS.scheduled,
  TASK_SYMBOLS.start,
  TASK_SYMBOLS.created,
  TASK_SYMBOLS.done,
  TASK_SYMBOLS.cancelled,
  TASK_SYMBOLS.recurrence,
  TASK_SYMBOLS.id,
  TASK_SYMBOLS.dependsOn,
  ...Object.values(TASK_SYMBOLS.priority),
];

function cleanDescription(text: string): string {
  let out = text.replace(/\s+/g, " ");
  for (const s of SIGNIFIERS) out = out.split(s).join("");
  // A trailing `#tag` or `^block` would be read as ours; a leading `[` could look like a status.
  return out.replace(/\s+/g, " ").trim();
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
