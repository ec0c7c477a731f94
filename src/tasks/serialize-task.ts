import type { Task } from "./task.ts";

/** Writes a task back as one line (no line ending): the exact pieces it holds, in order. */
export function serializeTask(t: Task): string {
  let out = `${t.indentation}${t.listMarker}${t.markerGap}[${t.status}]${t.checkboxGap}${t.description}`;
  for (const f of t.fields) out += f.lead + f.text;
  return out + t.blockLink + t.trailing;
}
