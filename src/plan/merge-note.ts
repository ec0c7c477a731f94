import { parseDocument, parse as parseYaml } from "yaml";
import { carryOverTriage, touched } from "../tasks/carry-over-triage.ts";
import { GENERATED_KEY, keyMark, lineMark } from "./generated-marks.ts";
import { normaliseText } from "./render-note.ts";

export type MergeResult = { content: string; conflicts: string[]; keptUserLines: number };

type Section = { heading: string; lines: string[] };

const NONE = "_None found._";
const TASK = /^\s*[-*+] \[.\]\s+/;

/**
 * Re-generates a note while the user's edits win. `current` is the note as it is now, `fresh` the
 * note Mnemo would write today. Lines whose hash is in the current note's `mnemo_generated` marks
 * are Mnemo's and are replaced; every other line is the user's and is kept, task statuses included.
 * A generated line the user deleted is not brought back, and where the user's version of an item
 * differs from the new one, the user's stays and the difference is reported as a conflict.
 * Pure; never re-stringifies the user's Markdown (only Mnemo's own frontmatter keys are set).
 */
export function mergeNote(current: string, fresh: string): MergeResult {
  const cur = splitNote(current);
  const neu = splitNote(fresh);
  const marks = new Set(String(cur.data[GENERATED_KEY] ?? "").split(/\s+/).filter(Boolean));
  const conflicts: string[] = [];
  let keptUserLines = 0;

  // Frontmatter: Mnemo's keys are replaced unless the user changed their value.
  const doc = parseDocument(cur.yaml || "{}");
  for (const [key, value] of Object.entries(neu.data)) {
    if (key === GENERATED_KEY) continue;
    const mine = cur.data[key];
    if (mine === undefined || marks.has(keyMark(key, mine)) || JSON.stringify(mine) === JSON.stringify(value)) {
      doc.set(key, value);
    } else {
      conflicts.push(`frontmatter ${key}: kept your value`);
    }
  }

  // Body, section by section in the fresh note's order; sections only the user has come after.
  const curBody = cur.body.flatMap((s) => s.lines);
  const present = new Set(curBody.filter((l) => l.trim()).map(lineMark));
  const removedByUser = (line: string) => marks.has(lineMark(line)) && !present.has(lineMark(line));
  const out: Section[] = [];
  for (const section of neu.body) {
    const mine = cur.body.find((s) => s.heading.toLowerCase() === section.heading.toLowerCase());
    const userLines = (mine?.lines ?? []).filter((l) => l.trim() && l.trim() !== NONE && !marks.has(lineMark(l)));
    keptUserLines += userLines.length;
    const isList = section.lines.some((l) => /^\s*[-*+] /.test(l)) || userLines.some((l) => /^\s*[-*+] /.test(l));
    if (!isList && userLines.length && section.heading) {
      // A paragraph section (the summary) the user rewrote: theirs stays whole.
      out.push(mine!);
      if (section.lines.join("\n").trim() !== mine!.lines.join("\n").trim()) conflicts.push(`${section.heading}: kept your edit; the new text was not applied`);
      continue;
    }
    if (/^## action items$/i.test(section.heading)) {
      // Tasks: the user's triage wins (matched by block id, then by similar text), and a task the
      // user removed or rejected is not proposed again. A line Mnemo did not write counts as touched.
      const fresh = section.lines.filter((l) => l.trim() && l.trim() !== NONE && !removedByUser(l));
      const lines = carryOverTriage(mine ? `${section.heading}\n\n${mine.lines.join("\n")}` : "", fresh, (t) => touched(t) || !marks.has(lineMark(t.originalMarkdown)));
      const extra = userLines.filter((l) => !TASK.test(l));
      out.push({ heading: section.heading, lines: [...lines, ...extra].length ? [...lines, ...extra] : [NONE] });
      continue;
    }
    const userKeys = new Map(userLines.map((l) => [itemKey(l), l]));
    const generated: string[] = [];
    for (const line of section.lines) {
      if (!line.trim()) continue;
      const theirs = userKeys.get(itemKey(line));
      if (theirs !== undefined) {
        if (!TASK.test(line)) conflicts.push(`${section.heading || "header"}: kept your version of: ${line.trim()}`);
        continue;
      }
      if (removedByUser(line)) {
        conflicts.push(`${section.heading || "header"}: not re-adding a line you removed: ${line.trim()}`);
        continue;
      }
      if (line.trim() === NONE && userLines.length) continue;
      generated.push(line);
    }
    const lines = [...generated, ...userLines];
    if (!section.heading && lines[0]?.startsWith("# ")) lines.splice(1, 0, ""); // title, blank, then the Date line
    out.push({ heading: section.heading, lines: lines.length ? lines : [NONE] });
  }
  for (const s of cur.body) {
    if (!neu.body.some((n) => n.heading.toLowerCase() === s.heading.toLowerCase())) out.push(s);
  }

  const bodyLines = out.flatMap((s) => (s.heading ? [s.heading, "", ...s.lines, ""] : [...s.lines, ""]));
  // Only what Mnemo wrote this time is marked; values and lines the user kept stay theirs.
  doc.set(GENERATED_KEY, String(neu.data[GENERATED_KEY] ?? ""));
  const content = `---\n${doc.toString({ lineWidth: 0 })}---\n\n${trimBlank(bodyLines).join("\n")}\n`;
  return { content, conflicts, keptUserLines };
}

/** What makes two list items "the same item": a task's description, or an item's words. */
function itemKey(line: string): string {
  const text = line.replace(TASK, "").replace(/^\s*[-*+]\s+/, "");
  const description = TASK.test(line) ? text.split(/\s(?:@|📅|⏳|🛫|➕|✅|❌|🔁|🆔|⛔|⏫|🔼|🔽|🔺|⏬|#task\b)/u)[0]! : text;
  return normaliseText(description);
}

function splitNote(text: string): { yaml: string; data: Record<string, unknown>; body: Section[] } {
  const m = /^---\n([\s\S]*?)\n?---\n/.exec(text);
  const yaml = m ? m[1]! : "";
  const data = ((m && parseYaml(yaml)) ?? {}) as Record<string, unknown>;
  const lines = (m ? text.slice(m[0].length) : text).split("\n");
  const body: Section[] = [{ heading: "", lines: [] }];
  let fence = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (!fence && /^## /.test(line)) body.push({ heading: line.trimEnd(), lines: [] });
    else body.at(-1)!.lines.push(line);
  }
  for (const s of body) s.lines = trimBlank(s.lines);
  return { yaml, data, body };
}

function trimBlank(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && !lines[a]!.trim()) a++;
  while (b > a && !lines[b - 1]!.trim()) b--;
  return lines.slice(a, b);
}
