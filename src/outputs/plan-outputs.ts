import { sha256 as hash } from "../shared/sha256.ts";
import { stringify } from "yaml";
import type { Extraction, SuggestedOutput } from "../extract/extraction.ts";
import type { FileOp } from "../plan/change-plan.ts";
import { safeFileName } from "../plan/file-names.ts";
import type { VaultState } from "../plan/vault-state.ts";
import type { VaultConfig } from "../vault/config.ts";
import { addressBook } from "./address-book.ts";
import { isOwner } from "./is-owner.ts";
import type { MailAddress, OutboxThread, ThreadMessage } from "./outbox-thread.ts";
import { renderEml } from "./render-eml.ts";
import { renderEventIcs } from "./render-event-ics.ts";
import { zonedTimeToUtc } from "./zoned-time.ts";

export type OutputsRequest = {
  extraction: Extraction;
  /** The email thread the source is, for replies (null for transcripts and documents). */
  thread: OutboxThread | null;
  config: VaultConfig;
  state: VaultState;
  /** The note being created; outbox files link back to it. */
  notePath: string;
  /** Paths the rest of the plan takes. */
  taken: (path: string) => boolean;
};

/** Create-file ops for the outbox, and the lines the note's `## Outbox` section lists them with. */
export type OutputsPlan = { ops: Extract<FileOp, { kind: "create-file" }>[]; noteLines: string[] };

type Tools = OutputsRequest & { find: (name: string) => MailAddress | null; owner: MailAddress | null; base: string; claim: (exts: string[], suffix: string) => string };

/**
 * The suggested outputs of one source as files in the outbox (`Outbox/` by default), for the owner
 * to review and send: a reply as `.eml` (threaded on the last message's Message-ID) plus a Markdown
 * copy, a follow-up email likewise, an `.ics` per agreed meeting. Pure: no I/O, no clock (dates
 * come from the source). An email with no known recipient, or an event without a readable start,
 * is left out.
 */
export function planOutputs(req: OutputsRequest): OutputsPlan {
  const outputs = req.extraction.suggested_outputs ?? [];
  const plan: OutputsPlan = { ops: [], noteLines: [] };
  if (outputs.length === 0) return plan;
  const claimed = new Set<string>();
  const dir = req.config.folders.outbox;
  const base = `${req.extraction.date} - ${safeFileName(req.extraction.title, 60)}`;
  const claim = (exts: string[], suffix: string) => {
    for (let n = 1; ; n++) {
      const stem = `${dir}/${base} - ${suffix}${n === 1 ? "" : ` (${n})`}`;
      if (exts.every((e) => !req.taken(stem + e) && !claimed.has(stem + e))) {
        for (const e of exts) claimed.add(stem + e);
        return stem;
      }
    }
  };
  const find = addressBook(req.state, req.thread);
  const tools: Tools = { ...req, find, owner: ownerAddress(req), base, claim };
  for (const o of outputs) {
    if (o.kind === "reply") addReply(tools, o, plan);
    else if (o.kind === "follow-up") addFollowUp(tools, o, plan);
    else addEvent(tools, o, plan);
  }
  return plan;
}

function addReply(t: Tools, o: SuggestedOutput, plan: OutputsPlan): void {
  const messages = t.thread?.messages ?? [];
  const ctx = ownerCtx(t);
  const lastOther = [...messages].reverse().find((m) => m.from.email && !isOwner(m.from, ctx));
  const named = o.to.map(t.find).filter((a): a is MailAddress => a !== null);
  const to = named.length ? named : lastOther ? [{ name: lastOther.from.name, email: lastOther.from.email! }] : [];
  if (to.length === 0) return;
  const parent = [...messages].reverse().find((m) => m.messageId) ?? null;
  const threadSubject = [...messages].reverse().find((m) => m.subject)?.subject ?? null;
  const subject = reSubject(threadSubject ?? o.subject);
  const stem = t.claim([".eml", ".md"], "Reply");
  const eml = renderEml({
    from: t.owner,
    to,
    subject,
    date: messageDate(messages.at(-1), t.extraction.date),
    messageId: draftId(t, o),
    inReplyTo: parent?.messageId ?? null,
    references: parent ? unique([...parent.references, parent.messageId!]) : [],
    body: o.body,
  });
  pushEmail(t, plan, stem, eml, { kind: "reply", subject, to, missing: [], inReplyTo: parent?.messageId ?? null, body: o.body });
  plan.noteLines.push(`- Reply draft: [[${stem}|${label(subject)}]] ([[${stem}.eml|.eml]])`);
}

function addFollowUp(t: Tools, o: SuggestedOutput, plan: OutputsPlan): void {
  const ctx = ownerCtx(t);
  const names = (o.to.length ? o.to : t.extraction.participants).filter((n) => !isOwner({ name: n, email: null }, ctx));
  const to: MailAddress[] = [];
  const missing: string[] = [];
  for (const name of unique(names)) {
    const a = t.find(name);
    if (a) to.push(a);
    else missing.push(name);
  }
  if (to.length === 0) return;
  const stem = t.claim([".eml", ".md"], "Follow-up");
  const eml = renderEml({ from: t.owner, to, subject: o.subject, date: new Date(`${t.extraction.date}T00:00:00Z`), messageId: draftId(t, o), inReplyTo: null, references: [], body: o.body });
  pushEmail(t, plan, stem, eml, { kind: "follow-up", subject: o.subject, to, missing, inReplyTo: null, body: o.body });
  plan.noteLines.push(`- Follow-up email: [[${stem}|${label(o.subject)}]] ([[${stem}.eml|.eml]])`);
}

function addEvent(t: Tools, o: SuggestedOutput, plan: OutputsPlan): void {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(o.start?.trim() ?? "");
  if (!m || Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`))) return;
  const day = m[1]!;
  const minutes = o.duration_minutes !== null && o.duration_minutes >= 5 && o.duration_minutes <= 24 * 60 ? Math.round(o.duration_minutes) : 30;
  const zone = t.config.timezone;
  const start = m[2] !== undefined ? zonedTimeToUtc(day, Number(m[2]), Number(m[3]), zone) : day;
  const end = typeof start === "string" ? nextDay(day) : new Date(start.getTime() + minutes * 60_000);
  const ctx = ownerCtx(t);
  const names = unique((o.to.length ? o.to : t.extraction.participants).filter((n) => !isOwner({ name: n, email: null }, ctx)));
  const attendees = names.map(t.find).filter((a): a is MailAddress => a !== null);
  const missing = names.filter((n) => !t.find(n));
  const description = [o.body.trim(), missing.length ? `Also invite (no address in the vault): ${missing.join(", ")}` : "", `Note: ${t.notePath.replace(/\.md$/, "")}`].filter(Boolean).join("\n\n");
  const stem = t.claim([".ics"], `Meeting ${day}`);
  const content = renderEventIcs({
    uid: `${hash(`${t.notePath}\0${o.subject}\0${o.start}`).slice(0, 24)}@mnemo`,
    stamp: new Date(`${t.extraction.date}T00:00:00Z`),
    start,
    end,
    summary: o.subject,
    description,
    location: o.location,
    organizer: t.owner,
    attendees,
  });
  plan.ops.push({ kind: "create-file", path: `${stem}.ics`, content });
  const when = m[2] !== undefined ? `${day} ${m[2]}:${m[3]} (${zone})` : day;
  plan.noteLines.push(`- Event: [[${stem}.ics|${label(`${o.subject}, ${when}`)}]]`);
}

type EmailMeta = { kind: string; subject: string; to: MailAddress[]; missing: string[]; inReplyTo: string | null; body: string };

/** The `.eml` and its Markdown copy, which links the draft and the note it came from. */
function pushEmail(t: Tools, plan: OutputsPlan, stem: string, eml: string, meta: EmailMeta): void {
  const who = (a: MailAddress) => (a.name ? `${a.name} <${a.email}>` : a.email);
  const note = t.notePath.replace(/\.md$/, "");
  const fm = {
    type: "draft",
    kind: meta.kind,
    subject: meta.subject,
    to: meta.to.map(who),
    ...(meta.inReplyTo ? { in_reply_to: `<${meta.inReplyTo}>` } : {}),
    note: `[[${note}]]`,
    eml: `${stem}.eml`,
    tags: ["type/draft"],
  };
  const md = [
    "---",
    stringify(fm, { lineWidth: 0 }).trimEnd(),
    "---",
    "",
    `# ${meta.subject}`,
    "",
    `**To**: ${meta.to.map(who).join(", ")}`,
    ...(meta.missing.length ? [`**Not addressed** (no email on their page): ${meta.missing.join(", ")}`] : []),
    `**Draft**: [[${stem}.eml]] (open it in your mail client, review, send)`,
    `**From**: [[${note}|${label(t.extraction.title)}]]`,
    "",
    // Plain text, never task lines: a draft's "- [ ] …" must not show up among the vault's tasks.
    ...meta.body.replace(/\r\n?/g, "\n").split("\n").map((l) => l.replace(/^(\s*(?:[-*+]|\d+[.)])\s+)\[/, "$1\\[")),
    "",
  ].join("\n");
  plan.ops.push({ kind: "create-file", path: `${stem}.eml`, content: eml }, { kind: "create-file", path: `${stem}.md`, content: md });
}

function ownerCtx(t: Tools) {
  return { ownerName: t.config.owner.name, ownerAliases: t.config.owner.aliases, ownerEmail: t.owner?.email ?? null };
}

/** The owner's address: from the config, else as the thread shows it (their own messages, or as a recipient). */
function ownerAddress(req: OutputsRequest): MailAddress | null {
  const name = req.config.owner.name;
  if (req.config.owner.email) return { name, email: req.config.owner.email };
  const ctx = { ownerName: name, ownerAliases: req.config.owner.aliases };
  for (const m of req.thread?.messages ?? []) {
    const own = [m.from, ...m.to, ...m.cc].find((a) => a.email && isOwner(a, ctx));
    if (own?.email) return { name, email: own.email };
  }
  return null;
}

function reSubject(subject: string): string {
  const s = subject.replace(/\s+/g, " ").trim();
  return /^re:/i.test(s) ? s : `Re: ${s}`;
}

/** The asked message's time, for the draft's Date (a mail client sets its own when it sends). */
function messageDate(m: ThreadMessage | undefined, fallback: string): Date {
  const raw = m?.date ?? null;
  if (raw) {
    const d = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(raw) || raw.length <= 10 ? raw : `${raw}Z`);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return new Date(`${fallback}T00:00:00Z`);
}

function draftId(t: Tools, o: SuggestedOutput): string {
  return `${hash(`${t.notePath}\0${o.kind}\0${o.subject}`).slice(0, 24)}.draft@mnemo.local`;
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function label(s: string): string {
  return s.replace(/[|\]\[]/g, " ").replace(/\s+/g, " ").trim();
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items.map((s) => s.trim()).filter(Boolean))];
}
