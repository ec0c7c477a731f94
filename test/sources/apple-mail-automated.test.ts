import { test } from "node:test";
import assert from "node:assert/strict";
import { detectAutomated } from "../../src/sources/email/detect-automated.ts";

type Case = { name: string; from: string; email: string; subject: string; text: string };

const human = (name: string, subject: string, text: string): Case => ({
  name,
  from: "Priya Raman",
  email: "priya.raman@lumenfield.example",
  subject,
  text,
});

const AUTOMATED: Case[] = [
  { name: "no-reply sender", from: "Cloudvault", email: "noreply@cloudvault.example", subject: "Credits expiring soon", text: "Your credits expire on March 1." },
  { name: "noreply inside the local part", from: "Owen (via Docs)", email: "drive-shares-dm-noreply@docs.example", subject: "Share request", text: "Owen is requesting access." },
  { name: "notifications sender", from: "Tracker", email: "notifications@tracker.example", subject: "Issue 42 updated", text: "Status changed to Done." },
  { name: "bulk-mail sub-domain", from: "Pharmacy", email: "orders@orders.pharmacy.example", subject: "Thanks for your order", text: "We are working on your order." },
  { name: "on-behalf display name", from: "Mara Oyelaran (Google Docs)", email: "mara@lumenfield.example", subject: "Plan.docx", text: "New activity in the following document" },
  { name: "calendar response subject", from: "Mara Oyelaran", email: "mara@lumenfield.example", subject: "Accepted: Design review @ Thu Feb 5, 2026", text: "Mara Oyelaran has accepted this invitation." },
  { name: "invitation subject", from: "Mara Oyelaran", email: "mara@lumenfield.example", subject: "Invitation: Kickoff @ Mon Mar 2, 2026 9am", text: "When\nMonday" },
  { name: "templated alert subject", from: "Hana Sato", email: "hana.sato@brightrail.example", subject: "RFE Alert: RFE 0101 - Submitted to PM", text: "An RFE has been submitted." },
  { name: "automated-message notice", from: "Hana Sato", email: "hana.sato@brightrail.example", subject: "Weekly digest", text: "This is an automated message. Please do not reply." },
  { name: "why-you-got-this notice", from: "Jonas Weber", email: "jonas@brightrail.example", subject: "Shared folder", text: "Jonas shared a folder.\n\nYou are receiving this email because you are a member of Lyon." },
  { name: "unsubscribe footer", from: "Events Team", email: "events@brightrail.example", subject: "Join us in Lyon", text: "Save the date for our summit.\n\nUnsubscribe from these emails" },
];

const HUMAN: Case[] = [
  human("plain request", "Harbor Street kiosk rollout", "Could you confirm the firmware build by Friday?\n\nThanks,\nPriya"),
  human("reply to an invitation", "Re: Invitation: Kickoff @ Mon Mar 2", "Can we move this to 10am?"),
  human("mentions unsubscribing in a question", "Mailing list", "Can you unsubscribe me from the vendor list?"),
  human("legal disclaimer", "Contract", "Draft attached.\n\nIf you received this e-mail in error, please delete it."),
  human("talks about an automated report", "Reports", "The report is automatically generated every Monday, I'll check it."),
  human("broadcast from a person", "GTM Team Update: Leadership", "Team,\nI wanted to share an update.\nRick\n\nBCC: All GTM"),
];

test("automated mail is recognised by generic signals", () => {
  for (const c of AUTOMATED) {
    assert.equal(detectAutomated({ from: { name: c.from, email: c.email }, subject: c.subject, text: c.text }), true, c.name);
  }
});

test("mail a person wrote is not automated", () => {
  for (const c of HUMAN) {
    assert.equal(detectAutomated({ from: { name: c.from, email: c.email }, subject: c.subject, text: c.text }), false, c.name);
  }
});
