import type { EmailAddress } from "../source-document.ts";
import { isMachineSender } from "./is-machine-sender.ts";

/** What the automated check looks at: the sender, the subject and the sender's own text. */
export type AutomatedInput = { from: EmailAddress; subject: string | null; text: string };

/** `Name (via Google Docs)`, `Name (Google Slides)`: a service writing on someone's behalf. */
const ON_BEHALF = /\((?:via\s+[^)]+|google (?:docs|drive|sheets|slides|calendar|forms)|microsoft (?:teams|sharepoint|onedrive)|sharepoint|onedrive|dropbox|slack|jira|confluence|github|docusign)\)\s*$/i;
/** Calendar responses and system notices announce themselves in the subject prefix. */
const SUBJECT_PREFIX =
  /^(?:invitation|updated invitation|invitation updated|new event|accepted|declined|tentative|tentatively accepted|canceled|cancelled|canceled event|cancelled event|event canceled|reminder|notification|\[?[\w ]{0,24}\]?\s*alert)\s*(?:\([^)]*\)\s*)?:/i;
const SUBJECT_WEAK =
  /\b(?:shared with you|share request|invites? you|invited you|has shared|your order|order confirmation|thanks for your order|receipt|invoice|newsletter|digest|webinar|expir(?:es|ing)|verify your|password reset|security alert|sign-?in attempt|credits?)\b/i;
const BODY_STRONG: readonly RegExp[] = [
  /\bthis (?:is an?|was an?) (?:automated|automatic|auto-generated|system-generated) (?:message|e-?mail|notification)/i,
  /\b(?:automatically|auto-) ?generated (?:message|e-?mail|notification)\b/i,
  /\b(?:please )?do not reply to this (?:e-?mail|message)\b|\byou cannot reply to this e-?mail\b|\bthis (?:mailbox|address) is not monitored\b/i,
  /\byou(?:'re| are| have)? (?:receiving|received|getting) this (?:e-?mail|message|notification) (?:because|as)\b/i,
  /\binvitation from (?:google calendar|microsoft outlook|outlook)\b/i,
  /\bhas (?:accepted|declined|tentatively accepted) this invitation\b/i,
  /\b(?:has invited you to (?:edit|view|comment)|is requesting access to|shared an? (?:document|presentation|spreadsheet|file|folder) with you)\b/i,
  /\b(?:manage|update) (?:your )?(?:e-?mail |notification |subscription )?preferences\b/i,
  /\bview (?:this )?(?:e-?mail )?in (?:your |a )?(?:web )?browser\b/i,
];
const UNSUBSCRIBE = /\b(?:unsubscribe|opt[ -]out)\b/i;

/**
 * True for mail that no person wrote to the reader: notifications, newsletters, calendar responses,
 * receipts, document-sharing notices, templated alerts. Decided by generic signals only: the sender's
 * address and display name, the subject's form, and boilerplate in the sender's own text.
 */
export function detectAutomated(message: AutomatedInput): boolean {
  if (isMachineSender(message.from)) return true;
  if (message.from.name && ON_BEHALF.test(message.from.name)) return true;

  const subject = (message.subject ?? "").trim();
  if (SUBJECT_PREFIX.test(subject)) return true;

  const text = message.text;
  if (BODY_STRONG.some((pattern) => pattern.test(text))) return true;
  const tail = text.split("\n").filter((line) => line.trim() !== "").slice(-15);
  const unsubscribe = tail.some((line) => UNSUBSCRIBE.test(line) && !/\?\s*$/.test(line));

  let weak = unsubscribe ? 1 : 0;
  if (SUBJECT_WEAK.test(subject)) weak += 0.5;
  if (/^(?:hi|hello|dear)\s+[a-z]+ [a-z]+,/i.test(text.trim())) weak += 0.5; // "Hi Jason Vallery," mail-merge greeting
  return weak >= 1;
}
