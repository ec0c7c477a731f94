import assert from "node:assert/strict";
import { test } from "node:test";
import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import type { SuggestedOutput } from "../../src/extract/extraction.ts";
import type { OutboxThread } from "../../src/outputs/outbox-thread.ts";
import { planOutputs } from "../../src/outputs/plan-outputs.ts";
import { buildPlan } from "../../src/plan/build-plan.ts";
import { VaultConfig } from "../../src/vault/config.ts";
import { extraction, request, state } from "../helpers/builders.ts";

const berlin = VaultConfig.parse({ owner: { name: "Dana Whitfield", aliases: ["Dana"], email: "dana@acme.example" }, timezone: "Europe/Berlin" });

const RAJ_PAGE = "---\ntype: person\ntitle: Raj Patel\nemail: raj@northwind.example\n---\n\n# Raj Patel\n";
const MEI_PAGE = "---\ntype: person\ntitle: Mei Chen\n---\n\n# Mei Chen\n";

function vaultWithPeople() {
  return state(
    { "People/Raj Patel.md": RAJ_PAGE, "People/Mei Chen.md": MEI_PAGE },
    { people: new Map([["raj patel", "People/Raj Patel.md"], ["mei chen", "People/Mei Chen.md"]]) },
  );
}

const output = (over: Partial<SuggestedOutput>): SuggestedOutput => ({ kind: "follow-up", to: [], subject: "Follow-up", body: "Hi", start: null, duration_minutes: null, location: null, ...over });

const thread: OutboxThread = {
  messages: [
    {
      from: { name: "Renée Müller", email: "renee@lumenfield.example" },
      to: [{ name: "Dana Whitfield", email: "dana@acme.example" }],
      cc: [],
      date: "2025-11-04T09:15:00",
      subject: "Q4 pricing – Café Lumière",
      messageId: "CAF1pricing01@Mail.Lumenfield.example",
      references: ["root-0@lumenfield.example"],
    },
  ],
};

test("a reply draft goes to the asker, threads on the last message's Message-ID, and has a Markdown copy linked from the note", async () => {
  const x = extraction({ note_type: "email", title: "Q4 pricing – Café Lumière", participants: ["Renée Müller", "Dana Whitfield"], suggested_outputs: [output({ kind: "reply", subject: "Re: Q4 pricing", body: "Hi Renée,\n\n- [ ] not a task\nYes.\n" })] });
  const plan = buildPlan({ ...request(), extraction: x, config: berlin, thread, source: { ...request().source, kind: "email" } }, state());
  const eml = plan.ops.find((o) => o.kind === "create-file" && o.path.endsWith(".eml"));
  const md = plan.ops.find((o) => o.kind === "create-file" && o.path.startsWith("Outbox/") && o.path.endsWith(".md"));
  assert.ok(eml && eml.kind === "create-file" && md && md.kind === "create-file");
  assert.equal(eml.path, "Outbox/2025-11-05 - Q4 pricing – Café Lumière - Reply.eml");
  const parsed = await simpleParser(Buffer.from(eml.content));
  assert.equal(parsed.subject, "Re: Q4 pricing – Café Lumière");
  assert.equal(parsed.inReplyTo, "<CAF1pricing01@Mail.Lumenfield.example>");
  assert.deepEqual(parsed.references, ["<root-0@lumenfield.example>", "<CAF1pricing01@Mail.Lumenfield.example>"]);
  const to = Array.isArray(parsed.to) ? parsed.to[0]! : parsed.to!;
  assert.deepEqual(to.value.map((a) => [a.name, a.address]), [["Renée Müller", "renee@lumenfield.example"]]);
  const from = parsed.from!.value[0]!;
  assert.deepEqual([from.name, from.address], ["Dana Whitfield", "dana@acme.example"]);
  assert.match(md.content, /^in_reply_to: <CAF1pricing01@Mail\.Lumenfield\.example>$/m);
  assert.match(md.content, /\*\*Draft\*\*: \[\[Outbox\/2025-11-05 - Q4 pricing – Café Lumière - Reply\.eml\]\]/);
  assert.match(md.content, /^- \\\[ \] not a task$/m, "a draft's checkbox is no vault task");
  const note = plan.ops[0]!;
  assert.ok(note.kind === "create-file");
  assert.match(note.content, /## Outbox\n\n- Reply draft: \[\[Outbox\/2025-11-05 - Q4 pricing – Café Lumière - Reply\|Re: Q4 pricing – Café Lumière\]\] \(\[\[Outbox\/[^\]]*Reply\.eml\|\.eml\]\]\)/);
});

test("a follow-up email goes to the participants whose pages have an address, and names the others", async () => {
  const x = extraction({ participants: ["Dana Whitfield", "Raj Patel", "Mei Chen"], suggested_outputs: [output({ subject: "Follow-up: Pricing review", body: "Summary…\n\nWho does what\n- Raj Patel: Send the sheet (by 2025-11-07)" })] });
  const plan = planOutputs({ extraction: x, thread: null, config: berlin, state: vaultWithPeople(), notePath: "Meetings/2025/n.md", taken: () => false });
  const [eml, md] = plan.ops;
  assert.equal(eml?.path, "Outbox/2025-11-05 - Pricing review with Raj - Follow-up.eml");
  const parsed = await simpleParser(Buffer.from(eml!.content));
  const to = Array.isArray(parsed.to) ? parsed.to[0]! : parsed.to!;
  assert.deepEqual(to.value.map((a) => a.address), ["raj@northwind.example"]);
  assert.equal(parsed.inReplyTo, undefined);
  assert.equal(parsed.subject, "Follow-up: Pricing review");
  assert.match(parsed.text!, /Raj Patel: Send the sheet \(by 2025-11-07\)/);
  assert.match(md!.content, /\*\*Not addressed\*\* \(no email on their page\): Mei Chen/);
  assert.deepEqual(plan.noteLines, ["- Follow-up email: [[Outbox/2025-11-05 - Pricing review with Raj - Follow-up|Follow-up: Pricing review]] ([[Outbox/2025-11-05 - Pricing review with Raj - Follow-up.eml|.eml]])"]);
});

test("a follow-up with no known address is not drafted", () => {
  const x = extraction({ suggested_outputs: [output({})] });
  assert.deepEqual(planOutputs({ extraction: x, thread: null, config: berlin, state: state(), notePath: "n.md", taken: () => false }).ops, []);
});

test("an event is a valid RFC 5545 VEVENT in UTC from the configured zone, with attendees from the vault", () => {
  const x = extraction({
    participants: ["Dana Whitfield", "Raj Patel", "Mei Chen"],
    suggested_outputs: [output({ kind: "event", subject: "Follow-up: pricing; numbers, again", body: "Agreed: \"let's meet next Tuesday at 10\"", start: "2025-11-11T10:00", duration_minutes: 45 })],
  });
  const plan = planOutputs({ extraction: x, thread: null, config: berlin, state: vaultWithPeople(), notePath: "Meetings/2025/n.md", taken: () => false });
  assert.equal(plan.ops.length, 1);
  const ics = plan.ops[0]!.content;
  assert.equal(plan.ops[0]!.path, "Outbox/2025-11-05 - Pricing review with Raj - Meeting 2025-11-11.ics");
  assert.ok(ics.endsWith("\r\n") && !/[^\r]\n/.test(ics), "CRLF");
  for (const line of ics.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
  assert.match(ics, /^DTSTART:20251111T090000Z\r$/m, "10:00 in Berlin (CET) is 09:00 UTC");
  assert.match(ics, /^DTEND:20251111T094500Z\r$/m);
  assert.match(ics, /^SUMMARY:Follow-up: pricing\\; numbers\\, again\r$/m);
  assert.match(ics, /^UID:[0-9a-f]{24}@mnemo\r$/m);
  assert.match(ics, /^DTSTAMP:20251105T000000Z\r$/m);

  const cal = new ICAL.Component(ICAL.parse(ics));
  const vevent = cal.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  assert.equal(event.summary, "Follow-up: pricing; numbers, again");
  assert.equal(event.startDate.toJSDate().toISOString(), "2025-11-11T09:00:00.000Z");
  assert.equal(event.endDate.toJSDate().toISOString(), "2025-11-11T09:45:00.000Z");
  assert.ok(event.uid);
  assert.deepEqual(event.attendees.map((a) => [a.getParameter("cn"), a.getFirstValue()]), [["Raj Patel", "mailto:raj@northwind.example"]]);
  assert.equal(vevent.getFirstPropertyValue("organizer"), "mailto:dana@acme.example");
  assert.match(event.description, /Also invite \(no address in the vault\): Mei Chen/);
});

test("an event in summer uses the zone's summer offset; a whole-day event uses DATE values; a bad start is skipped", () => {
  const x = extraction({
    suggested_outputs: [
      output({ kind: "event", subject: "Summer sync", start: "2025-07-01T10:00" }),
      output({ kind: "event", subject: "Day", start: "2025-11-06" }),
      output({ kind: "event", subject: "Never", start: "next week" }),
    ],
  });
  const plan = planOutputs({ extraction: x, thread: null, config: berlin, state: state(), notePath: "n.md", taken: () => false });
  assert.equal(plan.ops.length, 2);
  assert.match(plan.ops[0]!.content, /^DTSTART:20250701T080000Z\r$/m);
  assert.match(plan.ops[0]!.content, /^DTEND:20250701T083000Z\r$/m, "30 minutes by default");
  const day = new ICAL.Event(new ICAL.Component(ICAL.parse(plan.ops[1]!.content)).getFirstSubcomponent("vevent")!);
  assert.equal(day.startDate.isDate, true);
  assert.equal(day.startDate.toString(), "2025-11-06");
  assert.equal(day.endDate.toString(), "2025-11-07");
});

test("outbox files never take a path that exists", () => {
  const x = extraction({ suggested_outputs: [output({ kind: "event", subject: "S", start: "2025-11-11T10:00" })] });
  const taken = new Set(["Outbox/2025-11-05 - Pricing review with Raj - Meeting 2025-11-11.ics"]);
  const plan = planOutputs({ extraction: x, thread: null, config: berlin, state: state(), notePath: "n.md", taken: (p) => taken.has(p) });
  assert.equal(plan.ops[0]!.path, "Outbox/2025-11-05 - Pricing review with Raj - Meeting 2025-11-11 (2).ics");
});

test("--force regeneration keeps the note's Outbox links", () => {
  const x = extraction({ suggested_outputs: [output({ kind: "event", subject: "S", start: "2025-11-11T10:00" })] });
  const first = buildPlan({ ...request(), extraction: x, config: berlin }, state());
  const note = first.ops[0]!;
  assert.ok(note.kind === "create-file" && note.content.includes("## Outbox"));
  const again = buildPlan(
    { ...request(), extraction: x, config: berlin, regenerate: true },
    state({ [note.path]: note.content }, { ingested: new Map([["a".repeat(64), note.path]]) }),
  );
  assert.equal(again.outcome, "regenerate");
  assert.ok(!again.ops.some((o) => o.kind !== "archive-source" && o.path.startsWith("Outbox/")), "no second draft");
  assert.deepEqual(again.ops.filter((o) => o.kind !== "archive-source" && o.path === note.path), [], "the note, Outbox section included, is unchanged");
});
