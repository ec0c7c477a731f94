import { isValidIsoDate } from "./edit-task.ts";
import { addDays, weekOf } from "./local-date.ts";
import { SELF_OWNER, STATUS_KINDS, type TaskStatusKind } from "./task-format.ts";
import type { VaultTask } from "./vault-task.ts";

/** What `mnemo tasks` filters on, already checked. Each field narrows the list; all must hold. */
export type TaskFilter = {
  statuses: ReadonlySet<TaskStatusKind>;
  /** Owner names (lower case) that count as a match; `myself` stands for the vault owner. */
  owners?: ReadonlySet<string>;
  due?: { from?: string; to?: string; overdue?: boolean };
  tag?: string;
  /** Extra checks that need more than the task line (note frontmatter). */
  where?: (t: VaultTask) => boolean;
};

export type FilterProblem = { option: string; reason: string };

/** Default statuses: everything still to do (proposed, open, in progress). */
export const ACTIVE_STATUSES: readonly TaskStatusKind[] = ["proposed", "open", "in-progress"];

/** `--status proposed,open` → the set; `all` means every status; undefined means the active ones. */
export function parseStatusOption(value: string | undefined): ReadonlySet<TaskStatusKind> | FilterProblem {
  if (!value) return new Set(ACTIVE_STATUSES);
  const out = new Set<TaskStatusKind>();
  for (const part of value.split(",").map((s) => s.trim().toLowerCase())) {
    if (part === "all") STATUS_KINDS.forEach((s) => out.add(s));
    else if (part === "active") ACTIVE_STATUSES.forEach((s) => out.add(s));
    else if ((STATUS_KINDS as readonly string[]).includes(part)) out.add(part as TaskStatusKind);
    else return { option: "--status", reason: `unknown status "${part}" (use ${[...STATUS_KINDS, "active", "all"].join(", ")})` };
  }
  return out;
}

/** `--due before:DATE | after:DATE | on:DATE | overdue | today | week`, relative to `today`. */
export function parseDueOption(value: string, today: string): TaskFilter["due"] | FilterProblem {
  const v = value.trim().toLowerCase();
  if (v === "overdue") return { to: addDays(today, -1), overdue: true };
  if (v === "today") return { from: today, to: today };
  if (v === "week") return weekOf(today);
  const m = /^(before|after|on):(.+)$/.exec(v);
  const date = m?.[2]!.trim();
  if (!m || !date || !isValidIsoDate(date)) {
    return { option: "--due", reason: `expected before:YYYY-MM-DD, after:YYYY-MM-DD, on:YYYY-MM-DD, overdue, today or week, not "${value}"` };
  }
  if (m[1] === "before") return { to: addDays(date, -1) };
  if (m[1] === "after") return { from: addDays(date, 1) };
  return { from: date, to: date };
}

/** The names that mean the vault owner: `me`, `Myself`, the owner's name and aliases (lower case). */
export function ownerNames(name: string, aliases: readonly string[]): Set<string> {
  return new Set(["me", SELF_OWNER, name, ...aliases].map((s) => s.trim().toLowerCase()));
}

/** `--owner X`: the set of lower-case owner names a task may have to match. */
export function ownerQuery(owner: string, self: ReadonlySet<string>): Set<string> {
  const q = owner.trim().replace(/^@/, "").toLowerCase();
  return self.has(q) ? new Set(self) : new Set([q]);
}

export function filterTasks(tasks: readonly VaultTask[], f: TaskFilter): VaultTask[] {
  const tag = f.tag ? normaliseTag(f.tag) : null;
  return tasks.filter((t) => {
    if (!f.statuses.has(t.status)) return false;
    if (f.owners && !(t.owner && f.owners.has(t.owner.toLowerCase()))) return false;
    if (f.due) {
      if (!t.due) return false;
      if (f.due.from && t.due < f.due.from) return false;
      if (f.due.to && t.due > f.due.to) return false;
      if (f.due.overdue && (t.status === "done" || t.status === "cancelled")) return false;
    }
    if (tag && !t.tags.some((x) => matchesTag(x, tag))) return false;
    return f.where ? f.where(t) : true;
  });
}

function normaliseTag(tag: string): string {
  const t = tag.trim().toLowerCase();
  return t.startsWith("#") ? t : `#${t}`;
}

/** `#project` matches `#project` and nested tags such as `#project/alpha`, as in Tasks. */
function matchesTag(tag: string, want: string): boolean {
  const t = tag.toLowerCase();
  return t === want || t.startsWith(`${want}/`);
}
