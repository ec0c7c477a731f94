import { parse as parseYaml } from "yaml";
import { scanTaskLines } from "../tasks/scan-task-lines.ts";
import { splitDescription, taskDate, taskStatusKind, taskTags } from "../tasks/task.ts";
import { chunkLines } from "./chunk-lines.ts";
import type { IndexedFile, Passage } from "./passage.ts";
import { sectionKind } from "./section-kind.ts";

const ENTITY_TYPES = new Set(["person", "account", "project", "company", "organisation", "organization"]);
const NONE_LINE = /^\s*_?none found\.?_?\s*$/i;
const HEADING = /^##[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const TITLE = /^#[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const FENCE = /^[\s>]*(`{3,}|~{3,})/;
const INLINE_TAG = /(?:^|\s)#([\p{L}\p{N}_/-]*\p{L}[\p{L}\p{N}_/-]*)/gu;
const ISO_DATE = /(\d{4}-\d{2}-\d{2})/;

/**
 * A Markdown note (or person/account/project page) as the index keeps it: frontmatter values the
 * filters use, and its passages, one per `##` section (task lines on their own). Pure.
 */
export function readNote(rel: string, text: string): IndexedFile {
  const lines = text.split(/\r?\n/);
  const { fm, bodyStart } = frontmatter(lines);
  const taskLines = new Map(scanTaskLines(text).map((h) => [h.lineIndex, h.task]));

  const passages: Passage[] = [];
  const people = new Set<string>(names(fm.participants, fm.people, fm.attendees));
  const tags = new Set<string>(tagList(fm.tags));
  let h1: string | null = null;
  let heading: string | null = null;
  let sectionStart = bodyStart;
  let fence: string | null = null;
  let introEmitted = false;

  const closeSection = (end: number) => {
    const kind = heading === null ? "intro" : sectionKind(heading);
    let run: string[] = [];
    let runStart = sectionStart;
    const flushRun = () => {
      for (const c of chunkLines(run, runStart + 1)) passages.push({ kind, heading, line: c.line, text: c.text });
      run = [];
    };
    for (let i = sectionStart; i < end; i++) {
      const task = taskLines.get(i);
      if (task) {
        flushRun();
        const { text: body, owner } = splitDescription(task.description);
        if (owner && owner !== "Myself") people.add(owner.replace(/^\[\[|\]\]$/g, ""));
        for (const t of taskTags(task)) tags.add(t.replace(/^#/, "").toLowerCase());
        const shown = lines[i]!.replace(/^[\s>]*(?:[-*+]|\d+[.)])\s+\[.\]\s*/, "");
        passages.push({ kind: "tasks", heading, line: i + 1, text: shown || body, task: { status: taskStatusKind(task), owner, due: taskDate(task, "due") } });
        continue;
      }
      const l = lines[i]!;
      const title = heading === null && h1 === null ? TITLE.exec(l) : null;
      if (title) h1 = title[1]!;
      if (!run.length) runStart = i;
      // The title and "_None found._" lines are blanked, so the lines after them keep their numbers.
      run.push(title || NONE_LINE.test(l) ? "" : l);
    }
    const before = passages.length;
    flushRun();
    if (heading === null) {
      introEmitted = true;
      if (passages.length === before) passages.push({ kind: "intro", heading: null, line: sectionStart + 1, text: "" });
    }
  };

  for (let i = bodyStart; i < lines.length; i++) {
    const l = lines[i]!;
    const f = FENCE.exec(l);
    if (f) {
      if (fence === null) fence = f[1]!;
      else if (f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const m = HEADING.exec(l);
    if (m) {
      closeSection(i);
      heading = m[1]!;
      sectionStart = i + 1;
      continue;
    }
    if (l.includes("#")) for (const t of l.matchAll(INLINE_TAG)) tags.add(t[1]!.toLowerCase());
  }
  closeSection(lines.length);
  if (!introEmitted) passages.unshift({ kind: "intro", heading: null, line: 1, text: "" });

  const type = typeof fm.type === "string" ? fm.type.trim().toLowerCase() : null;
  const base = rel.split("/").pop()!.replace(/\.md$/i, "");
  const title = str(fm.title) ?? h1 ?? base;
  const accounts = new Set(names(fm.account, fm.accounts, fm.entity, fm.company, fm.customer));
  const aliases = names(fm.aliases);
  if (type === "person") for (const n of [title, base, ...aliases]) people.add(n);
  if (type === "account" || type === "company") for (const n of [title, base, ...aliases]) accounts.add(n);
  return {
    kind: type && ENTITY_TYPES.has(type) ? "entity" : "note",
    type,
    title,
    date: isoDate(fm.date) ?? ISO_DATE.exec(base)?.[1] ?? null,
    sourceRef: str(fm.source_ref)?.replace(/\\/g, "/") ?? null,
    people: [...people].filter(Boolean),
    accounts: [...accounts].filter(Boolean),
    tags: [...tags].filter(Boolean),
    passages,
  };
}

function frontmatter(lines: string[]): { fm: Record<string, unknown>; bodyStart: number } {
  if (lines[0] !== "---") return { fm: {}, bodyStart: 0 };
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === "---" || lines[i] === "...") {
      try {
        const v: unknown = parseYaml(lines.slice(1, i).join("\n"));
        return { fm: v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {}, bodyStart: i + 1 };
      } catch {
        return { fm: {}, bodyStart: i + 1 };
      }
    }
  }
  return { fm: {}, bodyStart: 0 };
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

function isoDate(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return typeof v === "string" ? (ISO_DATE.exec(v)?.[1] ?? null) : null;
}

/** Names from frontmatter values that are a name, a `[[link]]`, or lists of them. */
function names(...values: unknown[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    for (const item of Array.isArray(v) ? v : [v]) {
      if (typeof item !== "string") continue;
      const n = item.replace(/^\[\[|\]\]$/g, "").replace(/\|.*$/, "").trim();
      if (n) out.push(n.split("/").pop()!);
    }
  }
  return out;
}

function tagList(v: unknown): string[] {
  const items = Array.isArray(v) ? v : typeof v === "string" ? v.split(/[\s,]+/) : [];
  return items.filter((t): t is string => typeof t === "string" && !!t.trim()).map((t) => t.trim().replace(/^#/, "").toLowerCase());
}
