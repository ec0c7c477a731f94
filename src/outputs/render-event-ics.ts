import { escapeText, foldLine } from "../tasks/render-ics.ts";
import type { MailAddress } from "./outbox-thread.ts";

/** One calendar event: `start`/`end` are UTC instants, or whole days (`YYYY-MM-DD`, end exclusive). */
export type CalendarEvent = {
  uid: string;
  stamp: Date;
  start: Date | string;
  end: Date | string;
  summary: string;
  description: string;
  location: string | null;
  organizer: MailAddress | null;
  attendees: readonly MailAddress[];
};

/**
 * An iCalendar file (RFC 5545) with one VEVENT. Times are written in UTC (`…Z`), so no VTIMEZONE is
 * needed; lines end in CRLF, text is escaped and long lines folded (shared with the task export).
 */
export function renderEventIcs(e: CalendarEvent): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mnemo//Mnemo Outbox//EN", "CALSCALE:GREGORIAN", "BEGIN:VEVENT"];
  lines.push(`UID:${e.uid}`, `DTSTAMP:${utc(e.stamp)}`, dateProp("DTSTART", e.start), dateProp("DTEND", e.end));
  lines.push(`SUMMARY:${escapeText(e.summary)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.organizer) lines.push(`ORGANIZER${cn(e.organizer)}:mailto:${e.organizer.email}`);
  for (const a of e.attendees) lines.push(`ATTENDEE${cn(a)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${a.email}`);
  lines.push("STATUS:TENTATIVE", "END:VEVENT", "END:VCALENDAR");
  return lines.map((l) => `${foldLine(l)}\r\n`).join("");
}

function dateProp(name: string, value: Date | string): string {
  return typeof value === "string" ? `${name};VALUE=DATE:${value.replace(/-/g, "")}` : `${name}:${utc(value)}`;
}

/** `;CN="Name"`: a parameter value in quotes, which may not itself hold quotes or control characters. */
function cn(a: MailAddress): string {
  const name = a.name?.replace(/["\u0000-\u001f]/g, "").trim();
  return name ? `;CN="${name}"` : "";
}

function utc(d: Date): string {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
