import { test } from "node:test";
import assert from "node:assert/strict";
import { Extraction, extractWithRules } from "../../src/extract/index.ts";
import { ctx, oneOnOneWithRemote, transcript } from "./source-fixtures.ts";

const PLACEHOLDERS = ["Remote", "Speaker 1", "Speaker 2", "Unknown", "Parallels Desktop", "Me"];

function taskMatching(x: Extraction, re: RegExp) {
  const t = x.tasks.find((task) => re.test(task.text));
  assert.ok(t, `no task matching ${re} in ${JSON.stringify(x.tasks.map((k) => k.text))}`);
  return t;
}

test("returns a valid Extraction and is deterministic", () => {
  const doc = oneOnOneWithRemote();
  const a = extractWithRules(doc, ctx);
  const b = extractWithRules(doc, ctx);
  assert.deepEqual(Extraction.parse(a), a);
  assert.deepEqual(a, b);
  assert.equal(a.note_type, "meeting");
  assert.equal(a.date, "2025-10-29");
});

test("a commitment belongs to the speaker of its turn", () => {
  const x = extractWithRules(oneOnOneWithRemote(), ctx);
  // Jason: "I'll send you the LinkedIn profile of Ronnie Borker after this call."
  const send = taskMatching(x, /LinkedIn/);
  assert.equal(send.owner, "Jason Vallery");
  assert.match(send.text, /^Send Lior\b/, "the 'you' of a commitment becomes the listener");
  // Remote (the 1:1's other side): "I will update the MAI deck …"
  assert.equal(taskMatching(x, /MAI deck/).owner, "Lior");
});

test("in a 1:1 labelled Remote, the title names the other participant", () => {
  const x = extractWithRules(oneOnOneWithRemote(), ctx);
  assert.deepEqual(x.participants, ["Jason Vallery", "Lior"]);
  assert.equal(x.title, "1:1 with Lior");
  assert.equal(x.entity, "Lior");
});

test("'can you …' is owned by the person asked", () => {
  const x = extractWithRules(oneOnOneWithRemote(), ctx);
  // Remote (Lior) asks Jason: "Can you review the CSI driver section before the customer call?"
  const review = taskMatching(x, /CSI driver/);
  assert.equal(review.owner, "Jason Vallery");

  const group = transcript(
    [
      ["Jason Vallery", "Thanks everyone for joining the pricing review."],
      ["Priya Raman", "Happy to be here. The discount analysis is done for the enterprise cohort."],
      ["Jason Vallery", "Priya, can you send the discount analysis spreadsheet to the finance team?"],
      ["Marco Bianchi", "I will prepare the revenue forecast for the board meeting."],
    ],
    { title: "Pricing review" },
  );
  const y = extractWithRules(group, ctx);
  assert.equal(taskMatching(y, /discount analysis/).owner, "Priya Raman");
  assert.equal(taskMatching(y, /revenue forecast/).owner, "Marco Bianchi");
});

test("due dates resolve relative to the meeting date", () => {
  // 2025-10-29 is a Wednesday: "by Friday" is 2025-10-31, "tomorrow" 2025-10-30.
  const x = extractWithRules(oneOnOneWithRemote(), ctx);
  const deck = taskMatching(x, /MAI deck/);
  assert.equal(deck.due, "2025-10-31");
  assert.doesNotMatch(deck.text, /Friday/, "the deadline words move to the due date");

  const doc = transcript([["Jason Vallery", "I'll send the signed contract to legal tomorrow."]], { date: "2025-10-29" });
  assert.equal(taskMatching(extractWithRules(doc, ctx), /signed contract/).due, "2025-10-30");
});

test("priority only when the words give a reason", () => {
  const doc = transcript(
    [
      ["Jason Vallery", "This is a blocker for the launch. I'll fix the login bug in the staging cluster ASAP."],
      ["Dana Whitfield", "Okay. I'll update the onboarding guide with the new screenshots."],
    ],
    { title: "Launch sync" },
  );
  const x = extractWithRules(doc, ctx);
  assert.notEqual(taskMatching(x, /login bug/).priority, null);
  assert.equal(taskMatching(x, /onboarding guide/).priority, null);
});

test("placeholders never become participants or owners; 'Me' is the vault owner", () => {
  const doc = transcript(
    [
      ["Me", "I'll draft the migration plan for the storage cluster by Monday."],
      ["Speaker 1", "I will check the backup schedule for the database servers."],
      ["Unknown", "Let me confirm the budget numbers with finance."],
      ["Parallels Desktop", "Thank you."],
      ["Remote", "We should review the migration plan together next week."],
    ],
    { title: "20251029 1005 Parallels Transcription", fileName: "20251029 1005 Parallels Transcription.md" },
  );
  const x = extractWithRules(doc, ctx);
  for (const p of PLACEHOLDERS) {
    assert.ok(!x.participants.includes(p), `${p} is not a participant`);
    assert.ok(!x.mentions.people.includes(p), `${p} is not a mentioned person`);
    for (const t of x.tasks) assert.notEqual(t.owner, p);
  }
  assert.ok(x.participants.includes("Jason Vallery"));
  assert.equal(taskMatching(x, /migration plan/).owner, "Jason Vallery");
  assert.equal(taskMatching(x, /backup schedule/).owner, null, "an unnamed voice owns nothing");
});

test("a recorder's file name is not a title; topics make one", () => {
  const doc = transcript(
    [
      ["Remote", "The storage timeline for MAI slipped. The MAI storage cluster needs 400 gig networking."],
      ["Jason Vallery", "Then the MAI storage timeline depends on the new VM. The VM ships in December."],
    ],
    { title: "20251029 1005 Parallels Transcription", fileName: "2025-10-29 - 20251029 1005 Parallels Transcription.md" },
  );
  const x = extractWithRules(doc, ctx);
  assert.doesNotMatch(x.title, /Parallels|Transcription|1005/);
  assert.match(x.title, /^Meeting 2025-10-29: .*MAI/);
});

test("summary is an extractive few sentences naming participants and topics", () => {
  const x = extractWithRules(oneOnOneWithRemote(), ctx);
  assert.match(x.summary, /Jason and Lior/);
  assert.match(x.summary, /MAI/);
  const words = x.summary.split(/\s+/).length;
  assert.ok(words >= 20 && words <= 160, `summary has ${words} words`);
  assert.doesNotMatch(x.summary, /\b(?:um|you know)\b/i);
});

test("decisions and facts come out clean", () => {
  const x = extractWithRules(oneOnOneWithRemote(), ctx);
  assert.ok(x.decisions.some((d) => /pre-certified hardware/.test(d)), JSON.stringify(x.decisions));
  assert.ok(x.decisions.every((d) => !/^(?:we agreed|so|right)\b/i.test(d)));
  assert.ok(x.facts.some((f) => /160,000 GPUs/.test(f)), JSON.stringify(x.facts));
  for (const item of [...x.facts, ...x.decisions, ...x.tasks.map((t) => t.text)]) {
    assert.doesNotMatch(item, /\b(?:um|uh|you know|kind of|I think)\b/i, item);
  }
});

test("email: owner is the recipient of a request, participants from the headers", () => {
  const body1 = "Hi Jason,\n\nCan you send me the signed NDA by Thursday?\nWe need it before the pilot starts.\n\nThanks";
  const body2 = "Hi Maya,\n\nSure. I'll send the signed NDA tomorrow.\nThe pilot covers 3 sites and 40 users.";
  const doc = transcript(
    [
      ["Maya Chen", body1],
      ["Jason Vallery", body2],
    ],
    {
      kind: "email",
      title: "Re: NDA for the pilot",
      date: "2025-11-04",
      messages: [
        {
          from: { name: "Maya Chen", email: "maya@example.com" },
          to: [{ name: "Jason Vallery", email: "jason@example.com" }],
          cc: [],
          date: "2025-11-04T09:00:00",
          subject: "NDA for the pilot",
          body: body1,
          attachments: [],
        },
        {
          from: { name: "Jason Vallery", email: "jason@example.com" },
          to: [{ name: "Maya Chen", email: "maya@example.com" }],
          cc: [{ name: "Legal Team", email: "legal@example.com" }],
          date: "2025-11-04T10:00:00",
          subject: "Re: NDA for the pilot",
          body: body2,
          attachments: [],
        },
      ],
    },
  );
  const x = extractWithRules(doc, ctx);
  assert.equal(x.note_type, "email");
  assert.equal(x.title, "NDA for the pilot");
  assert.deepEqual([...x.participants].sort(), ["Jason Vallery", "Maya Chen"]);
  assert.equal(x.entity, "Maya Chen");
  const nda = taskMatching(x, /NDA/);
  assert.equal(nda.owner, "Jason Vallery");
  assert.ok(nda.due === "2025-11-05" || nda.due === "2025-11-06", `due ${nda.due}`);
});

test("automated sources get a summary but no tasks or decisions", () => {
  const doc = transcript([["GitHub", "Please review the pull request. You can merge it after the checks pass."]], {
    kind: "email",
    title: "[repo] Pull request opened",
    automated: true,
  });
  const x = extractWithRules(doc, ctx);
  assert.deepEqual(x.tasks, []);
  assert.deepEqual(x.decisions, []);
  assert.deepEqual(x.participants, []);
  assert.ok(x.summary.length > 0);
});

test("note types follow the source kind", () => {
  const kinds = { transcript: "meeting", email: "email", document: "document", voice: "voice" } as const;
  for (const [kind, type] of Object.entries(kinds)) {
    const doc = transcript([[null, "The quarterly report shows revenue of 4 million dollars in Q3."]], { kind: kind as keyof typeof kinds });
    assert.equal(extractWithRules(doc, ctx).note_type, type);
  }
});

// Speed is measured by `npm run bench` (ms per source), not asserted here.
test("a long, repetitive transcript gives a valid extraction within the item limits", () => {
  const base = oneOnOneWithRemote();
  const segments = Array.from({ length: 100 }, (_, i) => base.segments.map((s) => ({ ...s, text: `${s.text} Item ${i} of the plan covers region ${i % 7}.` }))).flat();
  const doc = { ...base, segments };
  assert.ok(segments.reduce((n, s) => n + s.text.length, 0) > 60_000);
  const x = Extraction.parse(extractWithRules(doc, ctx));
  assert.ok(x.tasks.length <= 10 && x.decisions.length <= 8 && x.facts.length <= 16, JSON.stringify([x.tasks.length, x.decisions.length, x.facts.length]));
  assert.equal(new Set(x.tasks.map((t) => t.text)).size, x.tasks.length, "no task twice");
});

test("written notes: a terse line of a status email is a task, with its deadline", () => {
  const body = "Hey team,\n\n- Marketplace SKU change request due Friday\n- Need updated deck for the RFP\n- Follow up with Contoso on cache pricing";
  const doc = transcript([["Dana Whitfield", body]], {
    kind: "email",
    title: "Weekly status",
    date: "2025-10-29",
    messages: [
      {
        from: { name: "Dana Whitfield", email: "dana@example.com" },
        to: [{ name: "Jason Vallery", email: "jason@example.com" }],
        cc: [],
        date: "2025-10-29T09:00:00",
        subject: "Weekly status",
        body,
        attachments: [],
      },
    ],
  });
  const x = extractWithRules(doc, ctx);
  assert.equal(taskMatching(x, /SKU change request/).due, "2025-10-31");
  assert.equal(taskMatching(x, /Follow up with Contoso/).owner, "Jason Vallery");
  assert.ok(!x.tasks.some((t) => /^Team\b|^Hey\b/.test(t.text)), JSON.stringify(x.tasks));
});

test("a short release review keeps every explicit scope change, past the length-based limit of decisions", () => {
  const x = extractWithRules(
    transcript([
      ["Dana Whitfield", "Quota reporting is deferred to 7.2."],
      ["Priya Raman", "Okay."],
      ["Dana Whitfield", "Tenant audit logs moved to 7.2 as well."],
      ["Priya Raman", "And the snapshot browser?"],
      ["Dana Whitfield", "The snapshot browser was added to 7.1 after the review."],
      ["Priya Raman", "Good. Replication throttling is not part of 7.1."],
    ]),
    ctx,
  );
  for (const re of [/Quota reporting/, /audit logs/, /snapshot browser/, /Replication throttling/]) {
    assert.ok(x.decisions.some((d) => re.test(d)), `${re} not in ${JSON.stringify(x.decisions)}`);
  }
});

test("a proposal the other side accepts is a decision even when it is also a task", () => {
  const x = extractWithRules(
    transcript([
      ["Jason Vallery", "Are you okay if I book a weekly 30-minute sync for the two of us?"],
      ["Dana Whitfield", "Yes, of course."],
    ]),
    ctx,
  );
  assert.ok(x.decisions.some((d) => /weekly 30-minute sync/.test(d)), JSON.stringify(x));
});

test("a request and the reply that accepts it are one task: the request's words, the reply's deadline", () => {
  const doc = transcript(
    [
      ["Sam Whitfield", "We print the week of January 5th. Could you send me the venue address and a contact name for the delivery?"],
      ["Jason Vallery", "Sure, I'll send that to you by Friday."],
      ["Sam Whitfield", "Great. Jason, can you also write a short note for the venue staff so they can plan the unloading?"],
      ["Jason Vallery", "Yes, I'll send it to them today."],
    ],
    { title: "Vendor call", date: "2025-11-05" },
  );
  const x = extractWithRules(doc, ctx);
  const address = taskMatching(x, /venue address and a contact name/);
  assert.equal(address.owner, "Jason Vallery");
  assert.equal(address.due, "2025-11-07", "Friday, from the reply");
  const note = taskMatching(x, /short note for the venue staff/);
  assert.equal(note.due, "2025-11-05");
  assert.ok(!x.tasks.some((t) => /^Send (?:that|it)\b|unloading to|the unloading/i.test(t.text)), JSON.stringify(x.tasks));
});

test("'We agreed: …' is reported as what was agreed", () => {
  const doc = transcript(
    [
      ["Elena Vasquez", "Two options: the connector first or permissions first. The connector is eight weeks of work."],
      ["Jason Vallery", "I'd rather ship the connector first, customers keep asking for it."],
      ["Elena Vasquez", "Okay, we agreed: the Salesforce connector goes first, permissions moves to Q2."],
    ],
    { title: "Roadmap review", date: "2025-11-05" },
  );
  const x = extractWithRules(doc, ctx);
  assert.ok(x.decisions.includes("The Salesforce connector goes first, permissions moves to Q2"), JSON.stringify(x.decisions));
});

test("a vault person named in full is not a topic of the summary", () => {
  const doc = transcript(
    [["Larkspur Support", "Ticket 4821 updated. Jonas Berg changed the status to Fix in staging. Jonas Berg wrote: the CSV export fix is in staging. Release of the CSV export fix is planned for November 19."]],
    { kind: "email", title: "Ticket 4821 updated: CSV export truncated", automated: true },
  );
  const x = extractWithRules(doc, { ...ctx, knownPeople: ["Jonas Berg"] });
  assert.doesNotMatch(x.summary.split(".")[0]!, /\bBerg\b/, x.summary);
});
