import type { Priority } from "../extract/extraction.ts";
import { TASK_SYMBOLS } from "./task-format.ts";
import { blockLinkRegex, fieldNeedles, fieldRegexes, MAX_FIELD_ROUNDS, taskRegex } from "./task-regular-expressions.ts";
import type { Task, TaskField, TaskFieldKind } from "./task.ts";

const FIELD_ORDER = Object.keys(fieldRegexes) as TaskFieldKind[];
const PRIORITY_OF = Object.fromEntries(Object.entries(TASK_SYMBOLS.priority).map(([name, sym]) => [sym, name])) as Record<string, Priority>;
const TRAILING_SPACE = /\s+$/;

/**
 * Reads one line (without its line ending) as Obsidian Tasks does (`Task.extractTaskComponents` +
 * `DefaultTaskSerializer.deserialize`), or returns null when Tasks would not see a task. Instead of
 * cutting strings, it records where each piece sits, so the line can be put back byte for byte.
 */
export function parseTaskLine(line: string): Task | null {
  const m = taskRegex.exec(line);
  if (!m) return null;
  const [, indentation = "", listMarker = "", markerGap = "", status = ""] = m;
  const afterBox = indentation.length + listMarker.length + markerGap.length + 2 + status.length;
  // What Tasks reads as the body: ` *(.*)` stops at a line break character; the rest is kept as is.
  const region = m[0].slice(afterBox);
  const rest = line.slice(m[0].length);
  const lead = /^\s*/.exec(region)![0];
  if (lead.length === region.length) {
    return { originalMarkdown: line, indentation, listMarker, markerGap, status, checkboxGap: region, description: "", fields: [], blockLink: "", trailing: rest };
  }
  const body = region.slice(lead.length).replace(TRAILING_SPACE, "");
  const trailing = region.slice(lead.length + body.length) + rest;

  let end = body.length;
  let blockLink = "";
  const block = blockLinkRegex.exec(body);
  if (block) {
    end = trimEnd(body, block.index);
    blockLink = body.slice(end);
  }

  const fields: TaskField[] = [];
  let matched = true;
  let left = body.slice(0, end);
  // Peeling only shortens the body, so a field absent now stays absent: try only those present.
  const kinds = FIELD_ORDER.filter((kind) => fieldNeedles[kind].some((n) => left.includes(n)));
  for (let round = 0; matched && kinds.length && round < MAX_FIELD_ROUNDS; round++) {
    matched = false;
    for (const kind of kinds) {
      const f = fieldRegexes[kind].exec(left);
      if (!f) continue;
      const newEnd = trimEnd(body, f.index);
      const raw = body.slice(newEnd, end);
      const text = raw.trimStart();
      fields.unshift({ kind, lead: raw.slice(0, raw.length - text.length), text, value: valueOf(kind, f, text) });
      end = newEnd;
      left = body.slice(0, end);
      matched = true;
    }
  }
  return {
    originalMarkdown: line,
    indentation,
    listMarker,
    markerGap,
    status,
    checkboxGap: lead,
    description: body.slice(0, end),
    fields,
    blockLink,
    trailing,
  };
}

function valueOf(kind: TaskFieldKind, m: RegExpExecArray, text: string): string {
  if (kind === "priority") return PRIORITY_OF[m[1]!] ?? "none";
  if (kind === "tag") return text;
  return m[1]!.trim();
}

/** The index where `s.slice(0, at)` ends once trailing whitespace is trimmed. */
function trimEnd(s: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(s[i - 1]!)) i--;
  return i;
}
