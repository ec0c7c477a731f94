import type { ExtractedTask, Extraction } from "../extraction.ts";
import { normaliseText } from "./normalise-text.ts";

/**
 * One Extraction from the extractions of a long source's chunks, in order: title, date and type from
 * the first; summaries joined; people, tasks, decisions and facts de-duplicated by normalised text
 * (a later copy of a task fills in an owner, due date or priority the first one lacked).
 */
export function mergeExtractions(parts: readonly Extraction[]): Extraction {
  const [first, ...rest] = parts;
  if (!first) throw new RangeError("nothing to merge");
  if (rest.length === 0) return first;
  const tasks = new Map<string, ExtractedTask>();
  for (const task of parts.flatMap((p) => p.tasks)) {
    const key = normaliseText(task.text);
    const seen = tasks.get(key);
    if (!seen) tasks.set(key, task);
    else tasks.set(key, { text: seen.text, owner: seen.owner ?? task.owner, due: seen.due ?? task.due, priority: seen.priority ?? task.priority });
  }
  return {
    title: first.title,
    date: first.date,
    note_type: first.note_type,
    entity: parts.find((p) => p.entity !== null)?.entity ?? null,
    participants: unique(parts.flatMap((p) => p.participants)),
    summary: parts.map((p) => p.summary.trim()).filter(Boolean).join(" "),
    tasks: [...tasks.values()],
    decisions: unique(parts.flatMap((p) => p.decisions)),
    facts: unique(parts.flatMap((p) => p.facts)),
    mentions: {
      people: unique(parts.flatMap((p) => p.mentions.people)),
      accounts: unique(parts.flatMap((p) => p.mentions.accounts)),
      projects: unique(parts.flatMap((p) => p.mentions.projects)),
    },
    suggested_outputs: parts.flatMap((p) => p.suggested_outputs ?? []),
  };
}

function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((s) => {
    const key = normaliseText(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
