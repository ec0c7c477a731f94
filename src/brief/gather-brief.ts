import { readdir, readFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { isOwner } from "../outputs/is-owner.ts";
import { addDays } from "../tasks/local-date.ts";
import { readVaultTasks } from "../tasks/read-vault-tasks.ts";
import type { VaultTask } from "../tasks/vault-task.ts";
import { ownerNames } from "../tasks/filter-tasks.ts";
import type { VaultConfig } from "../vault/config.ts";
import { readFrontmatter, readVaultState } from "../vault/read-vault-state.ts";
import { readRunRecords } from "../vault/run-record.ts";
import { pageEmail } from "../outputs/address-book.ts";
import { meetingsOn } from "./read-calendar.ts";
import type { AttendeeContext, BriefInput } from "./render-brief.ts";

const LEDGER_LINES = 3;

/**
 * Everything the daily brief for `date` says, read from the vault: the calendar export's meetings
 * that day with each attendee's page, latest ledger lines and open tasks between you; proposed tasks;
 * overdue tasks; the notes runs created since the previous brief (from `.mnemo/runs/`).
 */
export async function gatherBrief(root: string, config: VaultConfig, date: string, now: Date): Promise<BriefInput> {
  const state = await readVaultState(root, config);
  const tasks = readVaultTasks(root, config);
  const active = tasks.filter((t) => t.status === "open" || t.status === "in-progress");
  const byDue = (a: VaultTask, b: VaultTask) => (a.due ?? "9999").localeCompare(b.due ?? "9999") || a.file.localeCompare(b.file) || a.lineIndex - b.lineIndex;

  let meetings: BriefInput["meetings"] = null;
  let calendarProblem: string | null = null;
  const ics = config.calendar?.ics;
  if (ics) {
    const file = ics.startsWith("~/") ? path.join(homedir(), ics.slice(2)) : path.resolve(root, ics);
    try {
      const found = meetingsOn(await readFile(file, "utf8"), date, config.timezone);
      const pages = await personPages(root, state.people);
      meetings = [];
      for (const meeting of found) {
        const attendees: AttendeeContext[] = [];
        for (const a of meeting.attendees) {
          if (isOwner(a, { ownerName: config.owner.name, ownerAliases: config.owner.aliases, ownerEmail: config.owner.email ?? null })) continue;
          attendees.push(await attendeeContext(root, config, a, pages, active));
        }
        meetings.push({ meeting, attendees });
      }
    } catch (error) {
      calendarProblem = `Could not read the calendar ${file}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
    }
  } else if (config.calendar?.caldav_url) {
    calendarProblem = "Reading calendar.caldav_url is not supported yet; point calendar.ics at an .ics export of the calendar.";
  }

  const since = await lastBriefTime(root, config, date);
  return {
    date,
    zone: config.timezone,
    generatedAt: now.toISOString(),
    meetings,
    calendarProblem,
    proposed: tasks.filter((t) => t.status === "proposed").sort(byDue),
    overdue: active.filter((t) => t.due !== null && t.due < date).sort(byDue),
    newNotes: await notesSince(root, since ?? `${addDays(date, -1)}T00:00:00.000Z`, state.paths),
    since,
  };
}

type PersonPages = { byName: ReadonlyMap<string, string>; byEmail: Map<string, string> };

async function personPages(root: string, people: ReadonlyMap<string, string>): Promise<PersonPages> {
  const byEmail = new Map<string, string>();
  for (const page of new Set(people.values())) {
    const email = pageEmail(await readFile(path.join(root, page), "utf8").catch(() => ""));
    if (email && !byEmail.has(email.toLowerCase())) byEmail.set(email.toLowerCase(), page);
  }
  return { byName: people, byEmail };
}

async function attendeeContext(root: string, config: VaultConfig, a: { name: string | null; email: string | null }, pages: PersonPages, active: VaultTask[]): Promise<AttendeeContext> {
  const page = (a.name ? pages.byName.get(a.name.toLowerCase()) : undefined) ?? (a.email ? pages.byEmail.get(a.email.toLowerCase()) : undefined) ?? null;
  const text = page ? await readFile(path.join(root, page), "utf8").catch(() => "") : "";
  const fm = page ? await readFrontmatter(path.join(root, page)) : {};
  const name = (typeof fm.title === "string" && fm.title) || (page ? path.basename(page, ".md") : null) || a.name || a.email || "unknown";
  const ledger = ledgerLines(text).slice(0, LEDGER_LINES);
  const notes = new Set(ledger.flatMap((l) => [...l.matchAll(/\[\[([^\]|]+)/g)].map((m) => `${m[1]}.md`)));
  const names = new Set([name, ...(Array.isArray(fm.aliases) ? fm.aliases : [])].filter((n): n is string => typeof n === "string").map((n) => n.toLowerCase()));
  const self = ownerNames(config.owner.name, config.owner.aliases);
  const tasks = active.filter((t) => {
    const owner = t.owner?.toLowerCase() ?? null;
    if (owner !== null && names.has(owner)) return true;
    const mine = owner === null || self.has(owner);
    return mine && (notes.has(t.file) || [...names].some((n) => t.text.toLowerCase().includes(n)));
  });
  return { name, page, ledger, tasks };
}

/** The list items under a page's "Recent context" heading, newest first as the page keeps them. */
function ledgerLines(text: string): string[] {
  const m = /^##\s+Recent context\s*$([\s\S]*?)(?=^#{1,2}\s|(?![\s\S]))/im.exec(text);
  if (!m) return [];
  return m[1]!.split("\n").filter((l) => /^\s*[-*]\s/.test(l)).map((l) => l.trim());
}

/** When the latest earlier brief was made (its `generated_at`), or null if there is none. */
async function lastBriefTime(root: string, config: VaultConfig, date: string): Promise<string | null> {
  const dir = path.join(root, config.folders.briefs);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /^\d{4}-\d{2}-\d{2}\.md$/.test(n) && n < `${date}.md`).sort();
  for (const name of names.reverse()) {
    const fm = await readFrontmatter(path.join(dir, name));
    const at = fm.generated_at instanceof Date ? fm.generated_at.toISOString() : fm.generated_at;
    if (typeof at === "string" && !Number.isNaN(Date.parse(at))) return new Date(at).toISOString();
  }
  return null;
}

/** Notes that runs finished after `since` created or regenerated, and that are still there. */
async function notesSince(root: string, since: string, paths: ReadonlySet<string>): Promise<BriefInput["newNotes"]> {
  const out: BriefInput["newNotes"] = [];
  const seen = new Set<string>();
  for (const run of await readRunRecords(root).catch(() => [])) {
    if (run.undoneAt !== null || run.finishedAt <= since) continue;
    for (const r of run.results) {
      if ((r.status !== "created" && r.status !== "regenerated") || !r.note || seen.has(r.note) || !paths.has(r.note)) continue;
      seen.add(r.note);
      const fm = await readFrontmatter(path.join(root, r.note));
      const date = fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : typeof fm.date === "string" ? fm.date : null;
      out.push({ path: r.note, title: typeof fm.title === "string" ? fm.title : path.basename(r.note, ".md"), date });
    }
  }
  return out;
}
