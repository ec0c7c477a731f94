import { test } from "node:test";
import assert from "node:assert/strict";
import { extractAttachments } from "../../src/sources/email/extract-attachments.ts";
import { parseAddress } from "../../src/sources/email/parse-address.ts";
import { parseAddressList } from "../../src/sources/email/parse-address-list.ts";
import { parseEmailDate } from "../../src/sources/email/parse-email-date.ts";
import { stripFooter } from "../../src/sources/email/strip-footer.ts";
import { stripQuotedHistory } from "../../src/sources/email/strip-quoted-history.ts";
import { stripSignature } from "../../src/sources/email/strip-signature.ts";
import { cleanEmailBody } from "../../src/sources/email/clean-email-body.ts";

const PRIYA = { name: "Priya Raman", email: "priya.raman@lumenfield.example" };

test("parseAddress reads the shapes mail clients print", () => {
  const cases: [string, { name: string | null; email: string | null }][] = [
    ["Ray Coetzee <Ray.Coetzee@Example.com>", { name: "Ray Coetzee", email: "ray.coetzee@example.com" }],
    ['"Raman, Priya" <priya@x.example>', { name: "Raman, Priya", email: "priya@x.example" }],
    ["owen@castellanos-labs.example", { name: null, email: "owen@castellanos-labs.example" }],
    ["<owen@castellanos-labs.example>", { name: null, email: "owen@castellanos-labs.example" }],
    ["pm@x.example <pm@x.example>", { name: null, email: "pm@x.example" }],
    ["Karl Rautenstrauch", { name: "Karl Rautenstrauch", email: null }],
    ["Lior Genzel (via Google Docs) <drive-shares-dm-noreply@google.com>", { name: "Lior Genzel (via Google Docs)", email: "drive-shares-dm-noreply@google.com" }],
    ["", { name: null, email: null }],
  ];
  for (const [raw, expected] of cases) assert.deepEqual(parseAddress(raw), expected, raw);
});

test("parseAddressList splits on ; and , outside quotes", () => {
  assert.deepEqual(parseAddressList('"Raman, Priya" <priya@x.example>; Owen <owen@y.example>, mara@x.example'), [
    { name: "Raman, Priya", email: "priya@x.example" },
    { name: "Owen", email: "owen@y.example" },
    { name: null, email: "mara@x.example" },
  ]);
  assert.deepEqual(parseAddressList(""), []);
});

test("parseAddressList keeps Outlook's unquoted 'Last, First <email>' as one person", () => {
  assert.deepEqual(parseAddressList("Chen, Mei <mei.chen@x.example>; Owen <owen@y.example>"), [
    { name: "Mei Chen", email: "mei.chen@x.example" },
    { name: "Owen", email: "owen@y.example" },
  ]);
});

test("parseEmailDate reads quote-header dates into local ISO", () => {
  const cases: [string, string | null][] = [
    ["Thu, Dec 11, 2025 at 8:00 AM", "2025-12-11T08:00:00"],
    ["Sunday, 28 December 2025 at 00:15", "2025-12-28T00:15:00"],
    ["Thursday, December 18, 2025 4:36:53 PM", "2025-12-18T16:36:53"],
    ["10/7/25 7:06 AM", "2025-10-07T07:06:00"],
    ["Sunday, 21 December 2025", "2025-12-21"],
    ["2025-12-11 09:00:38", "2025-12-11T09:00:38"],
    ["jeu. 5 févr. 2026 à 09:14", "2026-02-05T09:14:00"],
    ["Do., 5. Feb. 2026 um 09:14", "2026-02-05T09:14:00"],
    ["Tuesday", null],
    ["", null],
  ];
  for (const [raw, expected] of cases) assert.equal(parseEmailDate(raw), expected, raw);
});

test("stripQuotedHistory cuts every quote marker seen in exports and reads its header", () => {
  const cases: { name: string; body: string; own: string; from: string | null; date: string | null }[] = [
    {
      name: "Gmail attribution",
      body: "Sounds good.\n\nOn Thu, Dec 11, 2025 at 8:00 AM Ray Coetzee <ray@x.example> wrote:\nhey Karl",
      own: "Sounds good.\n",
      from: "Ray Coetzee",
      date: "2025-12-11T08:00:00",
    },
    {
      name: "Apple attribution without address",
      body: "Count me in!\n\nOn 10/7/25 7:06 AM, David Ellis wrote:\nWe are on for tonight.",
      own: "Count me in!\n",
      from: "David Ellis",
      date: "2025-10-07T07:06:00",
    },
    {
      name: "attribution wrapped over two lines",
      body: "Yes.\n\nOn Mon, Feb 2, 2026 at 10:02 AM Owen Castellanos <\nowen@c.example> wrote:\nBuild is frozen.",
      own: "Yes.\n",
      from: "Owen Castellanos",
      date: "2026-02-02T10:02:00",
    },
    {
      name: "German attribution (author after the verb)",
      body: "Danke!\n\nAm 09.12.2025 um 10:00 schrieb Max Müller <max@x.example>:\nHallo",
      own: "Danke!\n",
      from: "Max Müller",
      date: "2025-12-09T10:00:00",
    },
    {
      name: "Outlook header block with a blank line inside",
      body: "Agreed.\n\nFrom: Mara Oyelaran <mara@x.example>\nSent: Monday, February 2, 2026 4:40 PM\nTo: Priya <p@x.example>\n\nSubject: RE: rollout\n\nI can be on site.",
      own: "Agreed.\n",
      from: "Mara Oyelaran",
      date: "2026-02-02T16:40:00",
    },
    {
      name: "Outlook header on one line",
      body: "Works for me.\nFrom: Lior Genzel <lior@x.example>  Sent: Thursday, December 11, 2025 3:21 PM To: Sushant <s@y.example> Subject: Re: follow up\nHi,",
      own: "Works for me.",
      from: "Lior Genzel",
      date: "2025-12-11T15:21:00",
    },
    {
      name: "-----Original Message----- then header",
      body: "See attached.\n\n-----Original Message-----\nFrom: Camille Durand <c@x.example>\nSent: Friday, February 6, 2026 5:31 PM\nSubject: Plan\n\nBonjour",
      own: "See attached.\n",
      from: "Camille Durand",
      date: "2026-02-06T17:31:00",
    },
    {
      name: "underscore separator then header",
      body: "Noted.\n________________________________\nFrom: Hana Sato <h@x.example>\nSent: Monday, March 2, 2026 9:00 AM\nTo: Jonas <j@x.example>\n\nPlease sign.",
      own: "Noted.",
      from: "Hana Sato",
      date: "2026-03-02T09:00:00",
    },
  ];
  for (const c of cases) {
    const result = stripQuotedHistory(c.body);
    assert.equal(result.text, c.own, c.name);
    assert.equal(result.history.length, 1, c.name);
    assert.equal(result.history[0]!.header.from.name, c.from, c.name);
    assert.equal(result.history[0]!.header.date, c.date, c.name);
  }
});

test("stripQuotedHistory returns nested history newest first and leaves ordinary text alone", () => {
  const body = "Third.\n\nOn Tue, Feb 3, 2026 at 9:00 AM B <b@x.example> wrote:\nSecond.\n\nOn Mon, Feb 2, 2026 at 8:00 AM A <a@x.example> wrote:\nFirst.";
  const result = stripQuotedHistory(body);
  assert.equal(result.text, "Third.\n");
  assert.deepEqual(
    result.history.map((h) => [h.header.from.name, h.text.trim()]),
    [
      ["B", "Second."],
      ["A", "First."],
    ],
  );
  const plain = "From: the customer's point of view this is fine.\nOn Tuesday we agreed he wrote:\nthe plan.";
  assert.deepEqual(stripQuotedHistory(plain), { text: plain, history: [] });
});

test("stripSignature cuts sign-offs, delimiters, name and contact blocks, device lines", () => {
  const cases: [string, string, string][] = [
    ["sign-off + contact block", "Can you confirm by Friday?\n\nThanks,\nPriya Raman\nDeployment Lead | Lumenfield\n+1 415 555 0142", "Can you confirm by Friday?"],
    ["-- delimiter", "Looping in Mara.\n\n-- \nPriya Raman\nLumenfield", "Looping in Mara."],
    ["full name + title, no sign-off", "Updates?\n\nPriya Raman\nLumenfield\n415.555.0142", "Updates?"],
    ["upper-case name with title on one line", "Please chime in.\n\nRegards\n\nPRIYA RAMAN | DEPLOYMENT LEAD\npriya@x.example | +1 415 555 0142", "Please chime in."],
    ["first name then a tagline", "Stay curious,\nPriya\n\n\"Ship it.\" ~Someone", "Stay curious,"],
    ["dashed initials", "Agreed on the plan.\n\n-PR", "Agreed on the plan."],
    ["device line", "On my way.\n\nSent from my iPhone", "On my way."],
    ["a one-line thank-you stays", "Thanks!", "Thanks!"],
  ];
  for (const [name, text, expected] of cases) assert.equal(stripSignature(text, PRIYA), expected, name);
});

test("stripSignature keeps text that follows a 'thanks' when it is content", () => {
  const text = "Thanks!\n\nAlso, can you send the signed image by Thursday?\n\nPriya";
  assert.equal(stripSignature(text, PRIYA), "Thanks!\n\nAlso, can you send the signed image by Thursday?");
  const listed = "Guests\nPriya Raman - organizer\nOwen Castellanos";
  assert.equal(stripSignature(listed, PRIYA), listed, "a name in a guest list is not a signature");
});

test("stripFooter cuts disclaimers and notification footers, not the message", () => {
  const text = "Your report is ready.\n\nYou are receiving this email because you are an admin.\nUnsubscribe\n© 2026 Example Inc.";
  assert.equal(stripFooter(text), "Your report is ready.");
  const legal = "See the plan below.\n\nCONFIDENTIALITY NOTICE: This e-mail is confidential.";
  assert.equal(stripFooter(legal), "See the plan below.");
  assert.equal(stripFooter("Nothing to cut here."), "Nothing to cut here.");
});

test("extractAttachments lists placeholders and removes them from the text", () => {
  const text = "See the plan.\n<rollout-plan.pdf>\n[image: chart.png]\n<<budget.xlsx>>\n[attachment: notes.docx]\nAttachments: a.pdf, b.csv\nMail me at <owen@x.example>.\n\uFFFC";
  const result = extractAttachments(text);
  assert.deepEqual(result.attachments, ["rollout-plan.pdf", "chart.png", "budget.xlsx", "notes.docx", "a.pdf", "b.csv"]);
  assert.equal(result.text, "See the plan.\nMail me at <owen@x.example>.\n");
});

test("cleanEmailBody: U+2028 breaks, no-break spaces and HTML leftovers are normalised", () => {
  const raw = "Hi&nbsp;Owen,<br>Recording: Link\u2028\nPasscode: 1234\u00a0\n\nThanks,\nPriya";
  const cleaned = cleanEmailBody(raw, PRIYA, "Recording");
  assert.equal(cleaned.body, "Hi Owen,\nRecording: Link\nPasscode: 1234");
  assert.equal(cleaned.automated, false);
});
