import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import ICAL from "ical.js";
import { runCli } from "../helpers/run-cli.ts";
import { readTree, tempTree } from "../helpers/temp-dir.ts";

const env = { MNEMO_TODAY: "2025-11-05" }; // a Wednesday
const MEETING = "Meetings/2025/2025-11-04 - Pricing review.md";
const EMAIL = "Email/2025/2025-11-01 - Renewal.md";
const meeting = [
  "---",
  "type: meeting",
  "participants:",
  "  - Dana Whitfield",
  "  - Raj Patel",
  "source_ref: Sources/Transcripts/2025/pricing.vtt",
  "---",
  "",
  "# Pricing review",
  "",
  "## Action Items",
  "",
  "- [?] Send the pricing sheet @Raj Patel 📅 2025-11-07 ⏫ #task #proposed #auto",
  "- [?] Book the venue @Myself 📅 2025-11-06 #task #proposed #auto",
  "- [ ] Call the bank @Myself 🔼 📅 2025-11-03 #task",
  "- [/] Draft the plan @Myself 📅 2025-11-07 🔺 #task",
  "- [x] Filed the notes ✅ 2025-11-04 #task",
  "",
].join("\n");
const email = [
  "---",
  "type: email",
  "participants: [Mia Chen]",
  "source_ref: Sources/Email/2025/renewal.md",
  "---",
  "## Action Items",
  "",
  "- [-] Chase the invoice @Mia Chen 📅 2025-10-30 ❌ 2025-11-01 #task #proposed",
  "- [ ] Renew the contract @Mia Chen 📅 2025-11-20 #task #project/renewal",
  "- [?] Read the terms @Myself #task #proposed #auto",
  "",
].join("\r\n");

async function vault() {
  return tempTree({
    ".mnemo/config.yaml": "owner:\n  name: Dana Whitfield\n  aliases: [Dana]\n",
    [MEETING]: meeting,
    [EMAIL]: email,
    "Sources/Email/2025/renewal.md": "- [ ] an archived source is not a note\n",
    "Inbox/new.md": "- [ ] nor is the inbox\n",
    "TASKS.md": "```tasks\n- [ ] not done\n```\n",
  });
}

async function listJson(root: string, ...args: string[]) {
  const r = await runCli(["tasks", "--vault", root, "--json", ...args], { env });
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as { id: string; text: string; status: string; file: string; line: number; due: string | null }[];
}
const texts = (rows: { text: string }[]) => rows.map((r) => r.text);

test("mnemo tasks: a table of the tasks still to do, by due date then priority", async () => {
  const root = await vault();
  const r = await runCli(["tasks"], { env, cwd: path.join(root, "Meetings") });
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split("\n");
  assert.match(lines[0]!, /^ID +STATUS +DUE +PRIORITY +OWNER +TASK +NOTE$/);
  const [from, to] = [lines[0]!.indexOf("TASK"), lines[0]!.indexOf("NOTE")];
  assert.deepEqual(
    lines.slice(1, -1).map((l) => l.slice(from, to).trim()),
    ["Call the bank", "Book the venue", "Draft the plan", "Send the pricing sheet", "Renew the contract", "Read the terms"],
  );
  assert.match(lines[1]!, /^mnemo-[0-9a-z]{6} +open +2025-11-03 +medium +Myself +Call the bank +Meetings\/2025\/2025-11-04 - Pricing review\.md:15$/);
  assert.equal(lines.at(-1), "6 tasks");
  assert.equal(r.stderr, "");
});

test("--status, --owner, --due, --tag, --source, --person filter the list", async () => {
  const root = await vault();
  assert.deepEqual(texts(await listJson(root, "--status", "proposed")), ["Book the venue", "Send the pricing sheet", "Read the terms"]);
  assert.deepEqual(texts(await listJson(root, "--status", "done")), ["Filed the notes"]);
  assert.deepEqual(texts(await listJson(root, "--status", "cancelled")), ["Chase the invoice"]);
  assert.deepEqual(texts(await listJson(root, "--status", "in-progress")), ["Draft the plan"]);
  assert.deepEqual(texts(await listJson(root, "--status", "open")), ["Call the bank", "Renew the contract"]);
  assert.equal((await listJson(root, "--status", "all")).length, 8);
  assert.deepEqual(texts(await listJson(root, "--owner", "Raj Patel")), ["Send the pricing sheet"]);
  assert.deepEqual(texts(await listJson(root, "--owner", "dana")), ["Call the bank", "Book the venue", "Draft the plan", "Read the terms"]);
  assert.deepEqual(texts(await listJson(root, "--due", "overdue")), ["Call the bank"]);
  assert.deepEqual(texts(await listJson(root, "--due", "overdue", "--status", "all")), ["Chase the invoice", "Call the bank"].slice(1), "done and cancelled are never overdue");
  assert.deepEqual(texts(await listJson(root, "--due", "today")), []);
  assert.deepEqual(texts(await listJson(root, "--due", "week")), ["Call the bank", "Book the venue", "Draft the plan", "Send the pricing sheet"]);
  assert.deepEqual(texts(await listJson(root, "--due", "before:2025-11-07")), ["Call the bank", "Book the venue"]);
  assert.deepEqual(texts(await listJson(root, "--due", "after:2025-11-07")), ["Renew the contract"]);
  assert.deepEqual(texts(await listJson(root, "--tag", "project")), ["Renew the contract"]);
  assert.deepEqual(texts(await listJson(root, "--tag", "#PROPOSED", "--status", "all")), ["Chase the invoice", "Book the venue", "Send the pricing sheet", "Read the terms"]);
  assert.deepEqual(texts(await listJson(root, "--source", "Sources/Email/2025/renewal.md")), ["Renew the contract", "Read the terms"]);
  assert.deepEqual(texts(await listJson(root, "--source", MEETING.replace(/\.md$/, ""), "--status", "done")), ["Filed the notes"]);
  assert.deepEqual(texts(await listJson(root, "--person", "Mia Chen")), ["Renew the contract", "Read the terms"]);
  assert.deepEqual(texts(await listJson(root, "--person", "Raj Patel", "--status", "proposed")), ["Book the venue", "Send the pricing sheet"]);
});

test("bad filter values are told, exit 2", async () => {
  const root = await vault();
  const r = await runCli(["tasks", "--vault", root, "--due", "soon"], { env });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^mnemo tasks: --due: expected before:YYYY-MM-DD/);
  assert.equal((await runCli(["tasks", "--vault", root, "--status", "later"], { env })).code, 2);
});

test("--csv: RFC 4180 with a header row", async () => {
  const root = await tempTree({ ".mnemo/config.yaml": "owner:\n  name: Dana\n", "a.md": '- [ ] Say "hi", then go @Raj 📅 2025-11-06 #task\n' });
  const r = await runCli(["tasks", "--vault", root, "--csv"], { env });
  const rows = r.stdout.split("\r\n");
  assert.equal(rows[0], "id,status,text,owner,due,scheduled,start,created,done,cancelled,priority,recurrence,tags,file,line");
  assert.match(rows[1]!, /^mnemo-[0-9a-z]{6},open,"Say ""hi"", then go",Raj,2025-11-06,,,,,,,,#task,a\.md,1$/);
  assert.equal(rows[2], "");
});

test("--ics writes the tasks with due dates as VTODOs", async () => {
  const root = await vault();
  const out = path.join(root, "out.ics");
  const r = await runCli(["tasks", "--vault", root, "--status", "all", "--ics", out], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^Wrote 6 to-dos with due dates to /);
  const cal = new ICAL.Component(ICAL.parse(await readFile(out, "utf8")));
  const todos = cal.getAllSubcomponents("vtodo");
  assert.deepEqual(
    todos.map((t) => [t.getFirstPropertyValue("summary"), t.getFirstPropertyValue("status")]),
    [
      ["Chase the invoice", "CANCELLED"],
      ["Call the bank", "NEEDS-ACTION"],
      ["Book the venue", "NEEDS-ACTION"],
      ["Draft the plan", "IN-PROCESS"],
      ["Send the pricing sheet", "NEEDS-ACTION"],
      ["Renew the contract", "NEEDS-ACTION"],
    ],
  );
});

test("accept changes exactly that line, in place; every other byte of the file is identical", async () => {
  const root = await vault();
  const before = await readTree(root);
  const [send] = (await listJson(root, "--status", "proposed")).filter((t) => t.text === "Send the pricing sheet");
  const r = await runCli(["tasks", "--vault", root, "accept", send!.id], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `accepted ${send!.id}  Send the pricing sheet  (${MEETING}:13)\n`);
  const after = await readTree(root);
  const oldLines = before[MEETING]!.split("\n");
  const newLines = after[MEETING]!.split("\n");
  assert.equal(newLines[12], `- [ ] Send the pricing sheet @Raj Patel 📅 2025-11-07 ⏫ #task #auto ^${send!.id}`);
  assert.deepEqual([...newLines.slice(0, 12), ...newLines.slice(13)], [...oldLines.slice(0, 12), ...oldLines.slice(13)]);
  assert.deepEqual({ ...after, [MEETING]: "" }, { ...before, [MEETING]: "" }, "no other file changed");
  const again = await listJson(root, "--status", "all");
  assert.equal(again.find((t) => t.text === "Send the pricing sheet")!.id, send!.id, "the id is now the block id");
});

test("reject, done, reopen and edit, on a CRLF file: only the one line changes, line endings kept", async () => {
  const root = await vault();
  const tasks = await listJson(root, "--status", "all");
  const id = (text: string) => tasks.find((t) => t.text === text)!.id;
  const original = await readFile(path.join(root, EMAIL), "utf8");
  const lineOf = async (n: number) => (await readFile(path.join(root, EMAIL), "utf8")).split("\r\n")[n];
  const check = async (n: number, want: string) => {
    const now = await readFile(path.join(root, EMAIL), "utf8");
    assert.equal(now.split("\r\n")[n], want);
    const a = original.split("\r\n");
    const b = now.split("\r\n");
    assert.equal(b.length, a.length);
    b.forEach((l, i) => i === n || assert.equal(l, a[i], `line ${i} untouched`));
  };
  let r = await runCli(["tasks", "--vault", root, "reject", id("Read the terms")], { env });
  assert.equal(r.code, 0, r.stderr);
  await check(9, `- [-] Read the terms @Myself ❌ 2025-11-05 #task #proposed #auto ^${id("Read the terms")}`);
  r = await runCli(["tasks", "--vault", root, "reopen", id("Read the terms")], { env });
  await check(9, `- [ ] Read the terms @Myself #task #auto ^${id("Read the terms")}`);
  r = await runCli(["tasks", "--vault", root, "done", `^${id("Read the terms")}`], { env });
  await check(9, `- [x] Read the terms @Myself ✅ 2025-11-05 #task #auto ^${id("Read the terms")}`);
  r = await runCli(["tasks", "--vault", root, "edit", id("Read the terms"), "--text", "Read the new terms", "--owner", "Mia Chen", "--due", "2025-11-30", "--priority", "lowest"], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `edited ${id("Read the terms")}  Read the new terms  (${EMAIL}:10)\n`);
  await check(9, `- [x] Read the new terms @Mia Chen 📅 2025-11-30 ⏬ ✅ 2025-11-05 #task #auto ^${id("Read the terms")}`);
  r = await runCli(["tasks", "--vault", root, "edit", id("Read the terms"), "--owner", "me", "--due", "none"], { env });
  await check(9, `- [x] Read the new terms @Myself ⏬ ✅ 2025-11-05 #task #auto ^${id("Read the terms")}`);
  assert.ok(await lineOf(0));
});

test("an unknown id changes nothing and exits 1; a refused change too", async () => {
  const root = await vault();
  const before = await readTree(root);
  const [send] = await listJson(root, "--status", "proposed");
  let r = await runCli(["tasks", "--vault", root, "accept", send!.id, "mnemo-nope00"], { env });
  assert.equal(r.code, 1);
  assert.equal(r.stderr, "mnemo: no task has the id mnemo-nope00 (`mnemo tasks --status all` lists ids)\nmnemo: nothing was changed\n");
  const done = (await listJson(root, "--status", "done"))[0]!;
  r = await runCli(["tasks", "--vault", root, "accept", done.id], { env });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /is done; use `reopen`/);
  r = await runCli(["tasks", "--vault", root, "edit", send!.id, "--due", "tomorrow"], { env });
  assert.equal(r.code, 2);
  assert.deepEqual(await readTree(root), before);
});

test("a derived id still works after lines are added above the task", async () => {
  const root = await vault();
  const id = (await listJson(root, "--status", "proposed")).find((t) => t.text === "Book the venue")!.id;
  const file = path.join(root, MEETING);
  await writeFile(file, (await readFile(file, "utf8")).replace("## Action Items\n", "## Action Items\n\nSome words the user added.\n- [ ] A task the user added\n"));
  const r = await runCli(["tasks", "--vault", root, "done", id], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.match(await readFile(file, "utf8"), new RegExp(`^- \\[x\\] Book the venue @Myself 📅 2025-11-06 ✅ 2025-11-05 #task #auto \\^${id}$`, "m"));
});

test("mnemo tasks dashboard writes TASKS.md, then reports it up to date", async () => {
  const root = await tempTree({ ".mnemo/config.yaml": "owner:\n  name: Dana\n" });
  let r = await runCli(["tasks", "dashboard", "--vault", root], { env });
  assert.equal(r.stdout, "Wrote TASKS.md\n");
  assert.match(await readFile(path.join(root, "TASKS.md"), "utf8"), /```tasks\n/);
  r = await runCli(["tasks", "--vault", root, "dashboard"], { env });
  assert.equal(r.stdout, "TASKS.md is up to date\n");
});
