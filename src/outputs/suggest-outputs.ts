import type { ExtractContext, Extraction, SuggestedOutput } from "../extract/extraction.ts";
import type { SourceDocument } from "../sources/source-document.ts";
import { findFollowUpMeetings } from "./find-follow-up-meetings.ts";
import { isOwner } from "./is-owner.ts";

/** A sentence that asks the reader something: a question, or a request for an answer or an action. */
const ASKS = /\?\s*$|^(?:can|could|would|will) you\b|\b(?:please (?:let me know|confirm|advise|send|share)|let me know|can you|could you|would you be able to)\b/i;

/**
 * The drafts the built-in engine suggests, from fixed templates (deterministic, offline):
 * - a reply when an email thread's last message, from someone else, asks the owner something;
 * - a follow-up email after a meeting that settled tasks or decisions;
 * - an event for each follow-up meeting the text agrees on ("let's meet next Tuesday at 10").
 */
export function suggestOutputs(doc: SourceDocument, x: Extraction, ctx: ExtractContext): SuggestedOutput[] {
  const out: SuggestedOutput[] = [];
  const sign = firstName(ctx.ownerName);
  if (doc.kind === "email" && !doc.automated) {
    const last = doc.messages.at(-1);
    const asker = last?.from.name ?? last?.from.email ?? null;
    if (last && asker && !isOwner(last.from, ctx)) {
      const questions = sentences(last.body).filter((s) => ASKS.test(s));
      if (questions.length) {
        const body = [
          `Hi ${firstName(asker)},`,
          "",
          `Thanks for your message. ${questions.length === 1 ? "On your question:" : "On your questions:"}`,
          "",
          ...questions.flatMap((q) => [`> ${q}`, "", "[your answer]", ""]),
          "Best,",
          sign,
        ].join("\n");
        out.push({ kind: "reply", to: [asker], subject: `Re: ${x.title}`, body, start: null, duration_minutes: null, location: null });
      }
    }
  }
  const others = x.participants.filter((p) => !isOwner({ name: p, email: null }, ctx));
  const meetings = doc.kind === "email" ? [] : findFollowUpMeetings(doc.segments.map((s) => s.text).join("\n"), x.date);
  if (x.note_type === "meeting" && others.length && (x.tasks.length || x.decisions.length)) {
    const next = meetings[0];
    const body = [
      `Hi ${joinNames(others.map(firstName))},`,
      "",
      `Thanks for the meeting on ${x.date}. A short recap of "${x.title}":`,
      "",
      ...(x.summary.trim() ? ["Summary", x.summary.trim(), ""] : []),
      ...(x.decisions.length ? ["Decisions", ...x.decisions.map((d) => `- ${d}`), ""] : []),
      ...(x.tasks.length
        ? ["Who does what", ...x.tasks.map((t) => `- ${t.owner ?? "Someone"}: ${t.text}${t.due ? ` (by ${t.due})` : ""}`), ""]
        : []),
      ...(next ? [`Next meeting: ${next.start.replace("T", " at ")}`, ""] : []),
      "Let me know if I missed anything.",
      "",
      "Best,",
      sign,
    ].join("\n");
    out.push({ kind: "follow-up", to: others, subject: `Follow-up: ${x.title}`, body, start: null, duration_minutes: null, location: null });
  }
  for (const m of meetings) {
    out.push({
      kind: "event",
      to: others,
      subject: `Follow-up: ${x.title}`,
      body: `Agreed in "${x.title}" on ${x.date}: "${m.phrase}"`,
      start: m.start,
      duration_minutes: m.durationMinutes,
      location: null,
    });
  }
  return out;
}

function sentences(body: string): string[] {
  return body
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s.length > 3);
}

function firstName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.includes("@")) return trimmed.split("@")[0]!;
  return trimmed.split(/\s+/)[0] ?? trimmed;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
