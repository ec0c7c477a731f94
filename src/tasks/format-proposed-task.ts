import type { ExtractedTask } from "../extract/extraction.ts";
import { cleanTaskText, withDate, withOwner, withPriority, withTag } from "./edit-task.ts";
import { serializeTask } from "./serialize-task.ts";
import type { Task } from "./task.ts";
import { PROPOSED_TAGS, SELF_OWNER, TASK_STATUS } from "./task-format.ts";

/**
 * Renders an extracted task as one Obsidian Tasks line, in the order Tasks itself writes fields:
 * `- [?] Text @Owner 📅 2025-11-08 ⏫ #task #proposed #auto`.
 * Characters that would end the description early in Tasks' parser (a signifier emoji, a line break)
 * are removed from the text, so the line always reads back as the same task.
 */
export function formatProposedTask(task: ExtractedTask, ownerName: string): string {
  let t: Task = {
    originalMarkdown: "",
    indentation: "",
    listMarker: "-",
    markerGap: " ",
    status: TASK_STATUS.proposed,
    checkboxGap: " ",
    description: cleanTaskText(task.text),
    fields: [],
    blockLink: "",
    trailing: "",
  };
  if (task.owner?.trim()) t = withOwner(t, sameName(task.owner, ownerName) ? SELF_OWNER : task.owner.trim());
  if (task.due) t = withDate(t, "due", task.due);
  if (task.priority) t = withPriority(t, task.priority);
  for (const tag of PROPOSED_TAGS) t = withTag(t, tag);
  return serializeTask(t);
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
