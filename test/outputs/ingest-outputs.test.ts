import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import { readTree, tempTree } from "../helpers/temp-dir.ts";
import { runCli } from "../helpers/run-cli.ts";

const ASKING_EML = [
  "Message-ID: <Q4-Ask.77@Mail.Northwind.example>",
  "References: <thread-root-1@mail.northwind.example>",
  "Date: Tue, 4 Nov 2025 09:15:00 -0800",
  "From: Raj Patel <raj.patel@northwind.example>",
  "To: Dana Whitfield <dana@acme.example>",
  "Subject: =?UTF-8?B?UTQgcHJpY2luZyDigJMgQ2Fmw6kgTHVtacOocmU=?=",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Hi Dana,",
  "",
  "We landed on a 12% discount for the annual plan.",
  "",
  "Could you send the revised order form to their CFO by Friday?",
  "",
  "Thanks,",
  "Raj",
  "",
].join("\r\n");

const MEETING_VTT = [
  "WEBVTT",
  "",
  "00:00:01.000 --> 00:00:06.000",
  "<v Dana Whitfield>Thanks for joining. Raj, can you send the pricing sheet by Friday?</v>",
  "",
  "00:00:06.500 --> 00:00:12.000",
  "<v Raj Patel>Sure, I'll send the pricing sheet by Friday. We agreed to go with option B for the renewal.</v>",
  "",
  "00:00:12.500 --> 00:00:18.000",
  "<v Dana Whitfield>Great. Let's meet next Tuesday at 10 to review the signed forms.</v>",
  "",
].join("\n");

async function vault() {
  const root = await tempTree();
  const init = await runCli(["init", "vault", "--owner", "Dana Whitfield", "--alias", "Dana"], { cwd: root });
  assert.equal(init.code, 0, init.stderr);
  return path.join(root, "vault");
}

test("an email that asks the owner something gets a threaded reply draft in the outbox; dry run shows it, undo removes it", async () => {
  const v = await vault();
  await writeFile(path.join(v, "Inbox/pricing question.eml"), ASKING_EML);

  const dry = await runCli(["ingest", "--dry-run"], { cwd: v });
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /Outbox\/2025-11-04 - Q4 pricing – Café Lumière - Reply\.eml/);
  assert.ok(!Object.keys(await readTree(v)).some((p) => p.startsWith("Outbox/")), "a dry run writes nothing");

  const r = await runCli(["ingest"], { cwd: v });
  assert.equal(r.code, 0, r.stderr);
  const tree = await readTree(v);
  const eml = tree["Outbox/2025-11-04 - Q4 pricing – Café Lumière - Reply.eml"];
  assert.ok(eml, Object.keys(tree).join("\n"));
  const parsed = await simpleParser(Buffer.from(eml));
  assert.equal(parsed.subject, "Re: Q4 pricing – Café Lumière");
  assert.equal(parsed.inReplyTo, "<Q4-Ask.77@Mail.Northwind.example>");
  assert.deepEqual(parsed.references, ["<thread-root-1@mail.northwind.example>", "<Q4-Ask.77@Mail.Northwind.example>"]);
  const to = Array.isArray(parsed.to) ? parsed.to[0]! : parsed.to!;
  assert.deepEqual(to.value.map((a) => a.address), ["raj.patel@northwind.example"]);
  assert.equal(parsed.from?.value[0]?.address, "dana@acme.example", "the owner's address as the thread shows it");
  assert.match(parsed.text!, /^> Could you send the revised order form to their CFO by Friday\?$/m);
  const note = Object.entries(tree).find(([p]) => p.startsWith("Email/2025/"))![1];
  assert.match(note, /## Outbox\n\n- Reply draft: \[\[Outbox\/2025-11-04 - Q4 pricing – Café Lumière - Reply\|/);
  assert.ok(tree["Outbox/2025-11-04 - Q4 pricing – Café Lumière - Reply.md"]);

  const runId = /Run (\S+?)[,;]/.exec(r.stdout)?.[1];
  const undo = await runCli(["undo", runId!], { cwd: v });
  assert.equal(undo.code, 0, undo.stderr);
  assert.ok(!Object.keys(await readTree(v)).some((p) => p.startsWith("Outbox/") && !p.endsWith("/")), "undo removes the drafts");
});

test("a meeting that agrees to meet again gets a follow-up email to known addresses and an .ics event", async () => {
  const v = await vault();
  const configFile = path.join(v, ".mnemo/config.yaml");
  await writeFile(configFile, (await readFile(configFile, "utf8")).replace(/^timezone: .*$/m, "timezone: America/New_York"));
  await writeFile(path.join(v, "People/Raj Patel.md"), "---\ntype: person\ntitle: Raj Patel\nemail: raj.patel@northwind.example\n---\n\n# Raj Patel\n");
  await writeFile(path.join(v, "Inbox/2025-11-05 pricing.vtt"), MEETING_VTT);
  const r = await runCli(["ingest"], { cwd: v });
  assert.equal(r.code, 0, r.stderr);
  const tree = await readTree(v);
  const outbox = Object.keys(tree).filter((p) => p.startsWith("Outbox/"));
  assert.deepEqual(outbox.sort(), [
    "Outbox/2025-11-05 - Pricing review with Raj - Follow-up.eml",
    "Outbox/2025-11-05 - Pricing review with Raj - Follow-up.md",
    "Outbox/2025-11-05 - Pricing review with Raj - Meeting 2025-11-11.ics",
  ].map((p) => p.replace("Pricing review with Raj", titleOf(tree))).sort());
  const follow = await simpleParser(Buffer.from(tree[outbox.find((p) => p.endsWith(".eml"))!]!));
  const to = Array.isArray(follow.to) ? follow.to[0]! : follow.to!;
  assert.deepEqual(to.value.map((a) => a.address), ["raj.patel@northwind.example"]);
  assert.match(follow.text!, /Who does what\n- Raj Patel: Send the pricing sheet \(by 2025-11-07\)/);
  assert.match(follow.text!, /Next meeting: 2025-11-11 at 10:00/);
  const ics = tree[outbox.find((p) => p.endsWith(".ics"))!]!;
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
  assert.equal(event.startDate.toJSDate().toISOString(), "2025-11-11T15:00:00.000Z", "10:00 in New York");
  assert.deepEqual(event.attendees.map((a) => a.getFirstValue()), ["mailto:raj.patel@northwind.example"]);
});

function titleOf(tree: Record<string, string>): string {
  const note = Object.keys(tree).find((p) => p.startsWith("Meetings/2025/"))!;
  return /Meetings\/2025\/2025-11-05 - (.*)\.md$/.exec(note)![1]!;
}
