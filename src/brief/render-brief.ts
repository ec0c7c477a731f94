import { stringify } from "yaml";
import type { VaultTask } from "../tasks/vault-task.ts";
import { zonedClock } from "../outputs/zoned-time.ts";
import type { CalendarMeeting } from "./read-calendar.ts";

/** What the brief says about one person at a meeting: their page, recent ledger lines, open tasks. */
export type AttendeeContext = { name: string; page: string | null; ledger: string[]; tasks: VaultTask[] };

export type BriefInput = {
  date: string;
  zone: string;
  /** ISO time the brief was made. */
  generatedAt: string;
  /** null when no calendar is configured. */
  meetings: Array<{ meeting: CalendarMeeting; attendees: AttendeeContext[] }> | null;
  calendarProblem: string | null;
  proposed: VaultTask[];
  overdue: VaultTask[];
  newNotes: Array<{ path: string; title: string; date: string | null }>;
  since: string | null;
};

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * The daily brief as Markdown: today's meetings with each attendee's context, proposed tasks
 * awaiting triage, overdue tasks, notes ingested since the last brief. Tasks are listed as plain
 * bullets with their ids (never as task lines, so the brief adds nothing to the vault's task list).
 */
export function renderBrief(b: BriefInput): string {
  const weekday = DAYS[new Date(`${b.date}T00:00:00Z`).getUTCDay()];
  const lines = [`# Brief for ${weekday}, ${b.date}`, ""];

  lines.push("## Today's meetings", "");
  if (b.calendarProblem) lines.push(`_${b.calendarProblem}_`, "");
  else if (b.meetings === null) lines.push("_No calendar configured (set `calendar.ics` in .mnemo/config.yaml)._", "");
  else if (b.meetings.length === 0) lines.push("_No meetings today._", "");
  for (const { meeting: m, attendees } of b.meetings ?? []) {
    const when = m.allDay ? "All day" : `${zonedClock(m.start, b.zone)}–${zonedClock(m.end, b.zone)}`;
    lines.push(`### ${when} ${oneLine(m.title)}`, "");
    if (m.location) lines.push(`**Where**: ${oneLine(m.location)}`);
    if (attendees.length) lines.push(`**With**: ${attendees.map((a) => (a.page ? `[[${a.page.replace(/\.md$/, "")}|${a.name}]]` : a.name)).join(", ")}`);
    lines.push("");
    for (const a of attendees) {
      if (!a.page && a.tasks.length === 0) continue;
      lines.push(`- **${a.name}**`);
      for (const l of a.ledger) lines.push(`  ${l}`);
      if (a.ledger.length === 0) lines.push("  - _no earlier notes_");
      for (const t of a.tasks) lines.push(`  - open: ${taskLine(t)}`);
    }
    if (attendees.some((a) => a.page || a.tasks.length)) lines.push("");
  }

  lines.push(`## Awaiting triage (${b.proposed.length})`, "");
  lines.push(...(b.proposed.length ? b.proposed.map((t) => `- ${taskLine(t)}`) : ["_Nothing to triage._"]));
  if (b.proposed.length) lines.push("", "Triage them with `mnemo review`.");
  lines.push("");

  lines.push(`## Overdue (${b.overdue.length})`, "");
  lines.push(...(b.overdue.length ? b.overdue.map((t) => `- ${taskLine(t)}`) : ["_Nothing overdue._"]), "");

  lines.push(`## New since ${b.since ? `the last brief (${b.since.slice(0, 16).replace("T", " ")} UTC)` : "yesterday"} (${b.newNotes.length})`, "");
  lines.push(...(b.newNotes.length ? b.newNotes.map((n) => `- [[${n.path.replace(/\.md$/, "")}|${label(n.title)}]]${n.date ? ` (${n.date})` : ""}`) : ["_No new notes._"]), "");

  const fm = stringify({ type: "brief", date: b.date, generated_at: b.generatedAt, tags: ["type/brief", "generated"] }, { lineWidth: 0 }).trimEnd();
  return ["---", fm, "---", "", ...lines].join("\n");
}

function taskLine(t: VaultTask): string {
  const who = t.owner ? ` — @${t.owner}` : "";
  const due = t.due ? ` · due ${t.due}` : "";
  return `${oneLine(t.text)}${who}${due} · [[${t.file.replace(/\.md$/, "")}]] · \`${t.id}\``;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function label(s: string): string {
  return s.replace(/[|\][]/g, " ").replace(/\s+/g, " ").trim();
}
