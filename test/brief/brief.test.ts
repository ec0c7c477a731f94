import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { meetingsOn } from "../../src/brief/read-calendar.ts";
import { tempTree } from "../helpers/temp-dir.ts";
import { runCli } from "../helpers/run-cli.ts";

const CRLF = (lines: string[]) => `${lines.join("\r\n")}\r\n`;
const BERLIN = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Berlin",
  "BEGIN:STANDARD",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "END:STANDARD",
  "BEGIN:DAYLIGHT",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "END:DAYLIGHT",
  "END:VTIMEZONE",
];
const event = (uid: string, extra: string[]) => ["BEGIN:VEVENT", `UID:${uid}`, "DTSTAMP:20251101T000000Z", ...extra, "END:VEVENT"];
const CALENDAR = CRLF([
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Test//EN",
  ...BERLIN,
  ...event("pricing", [
    "DTSTART;TZID=Europe/Berlin:20251111T100000",
    "DTEND;TZID=Europe/Berlin:20251111T104500",
    "SUMMARY:Pricing follow-up",
    "LOCATION:Room 4",
    'ATTENDEE;CN="Raj Patel":mailto:raj@northwind.example',
    "ATTENDEE;CN=Dana Whitfield:mailto:dana@acme.example",
    "ATTENDEE:mailto:stranger@else.example",
  ]),
  ...event("standup", ["DTSTART;TZID=Europe/Berlin:20251103T090000", "DTEND;TZID=Europe/Berlin:20251103T091500", "RRULE:FREQ=WEEKLY;BYDAY=TU", "SUMMARY:Team standup"]),
  ...event("other-day", ["DTSTART:20251112T090000Z", "DTEND:20251112T100000Z", "SUMMARY:Tomorrow's thing"]),
  ...event("cancelled", ["DTSTART:20251111T130000Z", "DTEND:20251111T140000Z", "SUMMARY:Cancelled sync", "STATUS:CANCELLED"]),
  "END:VCALENDAR",
]);

const RAJ = `---
type: person
title: Raj Patel
email: raj@northwind.example
---

# Raj Patel

## Recent context

- 2025-11-05 · [[Meetings/2025/2025-11-05 - Pricing review|Pricing review]]
- 2025-10-20 · [[Meetings/2025/2025-10-20 - Kickoff|Kickoff]]
- 2025-10-01 · [[Meetings/2025/2025-10-01 - Intro|Intro]]
- 2025-09-01 · [[Meetings/2025/2025-09-01 - Old|Old]]
`;

const NOTE = `---
type: meeting
title: Pricing review
date: 2025-11-05
---

# Pricing review

## Action Items

- [ ] Send the pricing sheet @Raj Patel 📅 2025-11-07 #task
- [ ] Book the venue @Mei Chen 📅 2025-11-20 #task
- [?] Draft the renewal memo @Myself 📅 2025-11-12 #task #proposed #auto
- [x] Old done thing @Raj Patel 📅 2025-11-01 #task
`;

const RUN = {
  version: 1,
  id: "20251110T180000Z-abcd",
  command: "ingest",
  engine: "rules",
  startedAt: "2025-11-10T17:59:00.000Z",
  finishedAt: "2025-11-10T18:00:00.000Z",
  inputs: ["/x/pricing.vtt"],
  results: [{ file: "/x/pricing.vtt", status: "created", note: "Meetings/2025/2025-11-05 - Pricing review.md", ops: [] }],
  changes: [],
  archives: [],
  setAside: [],
  undoneAt: null,
};
const OLD_RUN = { ...RUN, id: "20251109T180000Z-abcd", finishedAt: "2025-11-09T18:00:00.000Z", results: [{ file: "/x/old.vtt", status: "created", note: "Meetings/2025/2025-10-20 - Kickoff.md", ops: [] }] };

async function fixtureVault() {
  const root = await tempTree();
  assert.equal((await runCli(["init", "vault", "--owner", "Dana Whitfield", "--alias", "Dana"], { cwd: root })).code, 0);
  const v = path.join(root, "vault");
  const configFile = path.join(v, ".mnemo/config.yaml");
  const config = (await readFile(configFile, "utf8")).replace(/^timezone: .*$/m, "timezone: Europe/Berlin\ncalendar:\n  ics: calendar.ics");
  const files = {
    ".mnemo/config.yaml": config,
    "calendar.ics": CALENDAR,
    "People/Raj Patel.md": RAJ,
    "Meetings/2025/2025-11-05 - Pricing review.md": NOTE,
    "Meetings/2025/2025-10-20 - Kickoff.md": "---\ntitle: Kickoff\n---\n",
    ".mnemo/runs/20251110T180000Z-abcd.json": JSON.stringify(RUN),
    ".mnemo/runs/20251109T180000Z-abcd.json": JSON.stringify(OLD_RUN),
    "Briefs/2025-11-10.md": "---\ntype: brief\ndate: 2025-11-10\ngenerated_at: 2025-11-10T07:00:00.000Z\n---\n",
  };
  const { writeFile, mkdir } = await import("node:fs/promises");
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(v, rel)), { recursive: true });
    await writeFile(path.join(v, rel), content);
  }
  return v;
}

test("mnemo brief writes the day's meetings with attendee context, triage, overdue and new notes", async () => {
  const v = await fixtureVault();
  const r = await runCli(["brief", "--date", "2025-11-11"], { cwd: v });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, "wrote Briefs/2025-11-11.md: 2 meetings, 1 awaiting triage, 1 overdue, 1 new note\n");
  const brief = await readFile(path.join(v, "Briefs/2025-11-11.md"), "utf8");
  assert.match(brief, /^---\ntype: brief\ndate: 2025-11-11\n/);
  assert.match(brief, /# Brief for Tuesday, 2025-11-11/);
  const meetings = section(brief, "Today's meetings");
  assert.ok(meetings.indexOf("### 09:00–09:15 Team standup") < meetings.indexOf("### 10:00–10:45 Pricing follow-up"), meetings);
  assert.match(meetings, /\*\*Where\*\*: Room 4/);
  assert.match(meetings, /\*\*With\*\*: \[\[People\/Raj Patel\|Raj Patel\]\], stranger@else\.example\n/, "the owner is not listed");
  assert.match(meetings, /- \*\*Raj Patel\*\*\n  - 2025-11-05 · \[\[Meetings\/2025\/2025-11-05 - Pricing review\|Pricing review\]\]\n  - 2025-10-20 · .*\n  - 2025-10-01 · .*\n  - open: Send the pricing sheet — @Raj Patel · due 2025-11-07/);
  assert.ok(!meetings.includes("2025-09-01"), "only the latest ledger lines");
  assert.ok(!meetings.includes("Book the venue"), "Mei's task is not between Dana and Raj");
  assert.ok(!brief.includes("Cancelled sync") && !brief.includes("Tomorrow's thing"));
  assert.match(section(brief, "Awaiting triage (1)"), /^- Draft the renewal memo — @Myself · due 2025-11-12 · \[\[Meetings\/2025\/2025-11-05 - Pricing review\]\] · `[^`]+`$/m);
  const overdue = section(brief, "Overdue (1)");
  assert.match(overdue, /^- Send the pricing sheet — @Raj Patel · due 2025-11-07/m);
  assert.ok(!overdue.includes("Old done thing"));
  const fresh = section(brief, "New since the last brief (2025-11-10 07:00 UTC) (1)");
  assert.match(fresh, /^- \[\[Meetings\/2025\/2025-11-05 - Pricing review\|Pricing review\]\] \(2025-11-05\)$/m);
  assert.ok(!fresh.includes("Kickoff"), "runs before the last brief are not new");
  assert.ok(!/^\s*- \[.\]/m.test(brief), "the brief holds no task lines of its own");

  const again = await runCli(["brief", "--date", "2025-11-11"], { cwd: v });
  assert.equal(again.code, 0, "a brief is remade in place");
});

test("a brief without a calendar says so; a bad date is refused; a non-brief file is never overwritten", async () => {
  const root = await tempTree();
  await runCli(["init", "vault", "--owner", "Dana Whitfield"], { cwd: root });
  const v = path.join(root, "vault");
  const r = await runCli(["brief", "--date", "2025-11-11"], { cwd: v });
  assert.equal(r.code, 0, r.stderr);
  assert.match(await readFile(path.join(v, "Briefs/2025-11-11.md"), "utf8"), /_No calendar configured/);
  assert.equal((await runCli(["brief", "--date", "2025-13-45"], { cwd: v })).code, 2);
  const { writeFile } = await import("node:fs/promises");
  await writeFile(path.join(v, "Briefs/2025-11-12.md"), "my own notes\n");
  const refused = await runCli(["brief", "--date", "2025-11-12"], { cwd: v });
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /not a brief; not overwriting/);
  assert.equal(await readFile(path.join(v, "Briefs/2025-11-12.md"), "utf8"), "my own notes\n");
});

test("meetingsOn expands recurrences and reads times in the event's zone", () => {
  const day = meetingsOn(CALENDAR, "2025-11-18", "Europe/Berlin");
  assert.deepEqual(day.map((m) => [m.title, m.start.toISOString()]), [["Team standup", "2025-11-18T08:00:00.000Z"]]);
});

function section(text: string, heading: string): string {
  const start = text.indexOf(`## ${heading}\n`);
  assert.ok(start >= 0, `no section ${heading}:\n${text}`);
  const rest = text.slice(start + heading.length + 4);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}
