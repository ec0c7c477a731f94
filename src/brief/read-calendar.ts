import ICAL from "ical.js";
import { zonedDate } from "../outputs/zoned-time.ts";

export type CalendarAttendee = { name: string | null; email: string | null };

/** One occurrence of a calendar event on the day asked for. */
export type CalendarMeeting = {
  title: string;
  /** UTC start and end; a whole-day event starts and ends at the day's UTC midnight. */
  start: Date;
  end: Date;
  allDay: boolean;
  location: string | null;
  attendees: CalendarAttendee[];
};

/**
 * The meetings on `day` (`YYYY-MM-DD` in `zone`) in an iCalendar export, recurring events expanded
 * (ical.js), cancelled ones left out, in start order. Each event's own TZID/VTIMEZONE is honoured.
 */
export function meetingsOn(icsText: string, day: string, zone: string): CalendarMeeting[] {
  const root = new ICAL.Component(ICAL.parse(icsText));
  for (const tz of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  const out: CalendarMeeting[] = [];
  const dayStart = Date.parse(`${day}T00:00:00Z`) - 36 * 3600_000; // a margin for every zone
  const dayEnd = Date.parse(`${day}T00:00:00Z`) + 60 * 3600_000;
  for (const vevent of root.getAllSubcomponents("vevent")) {
    if (String(vevent.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED") continue;
    if (vevent.hasProperty("recurrence-id")) continue; // exceptions are read through their master below
    const event = new ICAL.Event(vevent);
    const push = (start: ICAL.Time, end: ICAL.Time, ev: ICAL.Event) => {
      const allDay = start.isDate;
      const s = allDay ? new Date(`${start.toString()}T00:00:00Z`) : start.toJSDate();
      const e = allDay ? new Date(`${end.toString()}T00:00:00Z`) : end.toJSDate();
      const onDay = allDay ? start.toString() <= day && day < (end.toString() > start.toString() ? end.toString() : `${day}~`) : zonedDate(s, zone) === day;
      if (!onDay) return;
      out.push({ title: ev.summary || "(no title)", start: s, end: e, allDay, location: ev.location || null, attendees: attendeesOf(ev) });
    };
    if (event.isRecurring()) {
      const it = event.iterator();
      for (let next = it.next(), n = 0; next && n < 5000; next = it.next(), n++) {
        const t = next.toJSDate().getTime();
        if (t > dayEnd) break;
        if (t < dayStart) continue;
        const details = event.getOccurrenceDetails(next);
        push(details.startDate, details.endDate, details.item);
      }
    } else {
      push(event.startDate, event.endDate ?? event.startDate, event);
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

function attendeesOf(ev: ICAL.Event): CalendarAttendee[] {
  return ev.attendees.map((p) => {
    const value = String(p.getFirstValue() ?? "");
    const email = /^mailto:/i.test(value) ? value.slice(7) : value.includes("@") ? value : null;
    const cn = p.getParameter("cn");
    return { name: typeof cn === "string" && cn.trim() ? cn.trim() : null, email: email || null };
  });
}
