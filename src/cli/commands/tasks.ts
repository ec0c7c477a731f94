import path from "node:path";
import type { Priority } from "../../extract/extraction.ts";
import { isValidIsoDate } from "../../tasks/edit-task.ts";
import { filterTasks, ownerNames, ownerQuery, parseDueOption, parseStatusOption, type TaskFilter } from "../../tasks/filter-tasks.ts";
import { readVaultTasks } from "../../tasks/read-vault-tasks.ts";
import { renderIcs } from "../../tasks/render-ics.ts";
import { renderTasksCsv, renderTasksTable, taskRecord } from "../../tasks/render-task-list.ts";
import { sortTasks } from "../../tasks/sort-tasks.ts";
import { PRIORITY_ORDER } from "../../tasks/task-format.ts";
import { editTask, triageTask, type TaskEdits, type TriageAction } from "../../tasks/triage-task.ts";
import type { VaultTask } from "../../tasks/vault-task.ts";
import { writeDashboard } from "../../tasks/write-dashboard.ts";
import { readFrontmatter } from "../../vault/read-vault-state.ts";
import { writeAtomic } from "../../vault/write-atomic.ts";
import { line, type CliIO } from "../io.ts";
import { changeTasks, loadTaskContext, type TaskContext } from "../task-context.ts";

export type TasksListOptions = {
  vault?: string;
  status?: string;
  owner?: string;
  due?: string;
  tag?: string;
  source?: string;
  person?: string;
  json?: boolean;
  csv?: boolean;
  ics?: string;
};

/** `mnemo tasks`: lists tasks across the vault, filtered, sorted by due date then priority. */
export async function tasks(_args: string[], options: TasksListOptions, io: CliIO): Promise<number> {
  const ctx = await loadTaskContext(options.vault, io);
  const filter = await buildFilter(ctx, options, io);
  if (!filter) return 2;
  const all = readVaultTasks(ctx.root, ctx.config);
  const where = await contextFilter(ctx, options, all, io);
  const shown = sortTasks(filterTasks(all, { ...filter, where }));
  if (options.ics) {
    const out = path.resolve(io.cwd, options.ics);
    const withDue = shown.filter((t) => t.due);
    await writeAtomic(out, renderIcs(withDue, { now: new Date(), vaultName: path.basename(ctx.root) }));
    line(io.stderr, `Wrote ${withDue.length} to-do${withDue.length === 1 ? "" : "s"} with due dates to ${out}`);
    if (!options.json && !options.csv) return 0;
  }
  if (options.json) line(io.stdout, JSON.stringify(shown.map(taskRecord), null, 2));
  else if (options.csv) io.stdout.write(renderTasksCsv(shown));
  else if (shown.length === 0) line(io.stdout, "No tasks match.");
  else {
    const columns = io.stdout.isTTY ? (io.stdout as { columns?: number }).columns : undefined;
    line(io.stdout, renderTasksTable(shown, columns));
    line(io.stdout, `${shown.length} task${shown.length === 1 ? "" : "s"}`);
  }
  return 0;
}

/** `mnemo tasks accept|reject|done|reopen <id...>`. */
export async function tasksTriage(action: TriageAction, ids: string[], options: { vault?: string }, io: CliIO): Promise<number> {
  const ctx = await loadTaskContext(options.vault, io);
  const verb = { accept: "accepted", reject: "rejected", done: "done", reopen: "reopened" }[action];
  return (await changeTasks(ctx, ids, verb, (t) => triageTask(t, action, ctx.today), io)).code;
}

export type TasksEditOptions = { vault?: string; text?: string; owner?: string; due?: string; priority?: string };

/** `mnemo tasks edit <id...> [--text] [--owner] [--due] [--priority]`; `none` clears owner, due, priority. */
export async function tasksEdit(ids: string[], options: TasksEditOptions, io: CliIO): Promise<number> {
  const ctx = await loadTaskContext(options.vault, io);
  const edits: TaskEdits = {};
  const clear = (v: string) => ["none", "-", ""].includes(v.trim().toLowerCase());
  if (options.text !== undefined) edits.text = options.text;
  if (options.owner !== undefined) edits.owner = clear(options.owner) ? null : selfName(ctx, options.owner);
  if (options.due !== undefined) {
    if (!clear(options.due) && !isValidIsoDate(options.due.trim())) return usage(io, `--due: expected YYYY-MM-DD or none, not "${options.due}"`);
    edits.due = clear(options.due) ? null : options.due.trim();
  }
  if (options.priority !== undefined) {
    const p = options.priority.trim().toLowerCase();
    if (!clear(p) && !(PRIORITY_ORDER as readonly string[]).includes(p)) return usage(io, `--priority: expected highest, high, medium, low, lowest or none, not "${options.priority}"`);
    edits.priority = clear(p) || p === "none" ? null : (p as Priority);
  }
  if (Object.keys(edits).length === 0) return usage(io, "edit needs at least one of --text, --owner, --due, --priority");
  return (await changeTasks(ctx, ids, "edited", (t) => editTask(t, edits), io)).code;
}

/** `mnemo tasks dashboard`: writes TASKS.md, keeping what the user wrote outside the markers. */
export async function tasksDashboard(_args: string[], options: { vault?: string }, io: CliIO): Promise<number> {
  const ctx = await loadTaskContext(options.vault, io);
  const { file, changed } = await writeDashboard(ctx.root, ctx.config);
  line(io.stdout, changed ? `Wrote ${file}` : `${file} is up to date`);
  return 0;
}

/** The vault owner's own name (or an alias, or "me") becomes @Myself, as in generated notes. */
export function selfName(ctx: TaskContext, owner: string): string {
  const self = ownerNames(ctx.config.owner.name, ctx.config.owner.aliases);
  return self.has(owner.trim().replace(/^@/, "").toLowerCase()) ? "Myself" : owner.trim().replace(/^@/, "");
}

async function buildFilter(ctx: TaskContext, o: TasksListOptions, io: CliIO): Promise<TaskFilter | null> {
  const statuses = parseStatusOption(o.status);
  if ("reason" in statuses) return (usage(io, `${statuses.option}: ${statuses.reason}`), null);
  const filter: TaskFilter = { statuses };
  if (o.due) {
    const due = parseDueOption(o.due, ctx.today);
    if (due && "reason" in due) return (usage(io, `${due.option}: ${due.reason}`), null);
    filter.due = due;
  }
  if (o.owner) filter.owners = ownerQuery(o.owner, ownerNames(ctx.config.owner.name, ctx.config.owner.aliases));
  if (o.tag) filter.tag = o.tag;
  return filter;
}

/**
 * `--source` (a note path or the note's `source_ref`) and `--person` (owner, named in the text, or
 * a participant of the note) need the notes' frontmatter, read only for notes that have tasks.
 */
async function contextFilter(ctx: TaskContext, o: TasksListOptions, all: readonly VaultTask[], io: CliIO) {
  if (!o.source && !o.person) return undefined;
  const fm = new Map<string, Record<string, unknown>>();
  for (const file of new Set(all.map((t) => t.file))) fm.set(file, await readFrontmatter(path.join(ctx.root, file)));
  const source = o.source ? sourceKeys(ctx, o.source, io) : null;
  const person = o.person ? o.person.trim().replace(/^@/, "").toLowerCase() : null;
  const selfNames = ownerNames(ctx.config.owner.name, ctx.config.owner.aliases);
  return (t: VaultTask) => {
    const meta = fm.get(t.file) ?? {};
    if (source) {
      const ref = typeof meta.source_ref === "string" ? meta.source_ref.replace(/\\/g, "/") : "";
      const candidates = [t.file, t.file.replace(/\.md$/, ""), ref, ref ? path.posix.basename(ref) : ""];
      if (!candidates.some((c) => c && (source.has(c.toLowerCase()) || [...source].some((s) => c.toLowerCase().endsWith(`/${s}`))))) return false;
    }
    if (person) {
      const owner = t.owner?.toLowerCase() ?? "";
      const isSelf = selfNames.has(person);
      const participants = Array.isArray(meta.participants) ? meta.participants.map((p) => String(p).replace(/^\[\[|\]\]$/g, "").toLowerCase()) : [];
      const named = t.text.toLowerCase().includes(person);
      const owns = owner === person || (isSelf && selfNames.has(owner));
      if (!owns && !named && !participants.includes(person)) return false;
    }
    return true;
  };
}

function sourceKeys(ctx: TaskContext, source: string, io: CliIO): Set<string> {
  const s = source.trim().replace(/\\/g, "/").replace(/^\.\//, "").toLowerCase();
  const keys = new Set([s, s.replace(/\.md$/, "")]);
  const rel = path.relative(ctx.root, path.resolve(io.cwd, source)).split(path.sep).join("/");
  if (!rel.startsWith("..")) keys.add(rel.toLowerCase());
  return keys;
}

function usage(io: CliIO, message: string): number {
  line(io.stderr, `mnemo tasks: ${message}`);
  return 2;
}
