import type { SourceDocument } from "../sources/source-document.ts";
import type { ExtractContext, ExtractedTask, Extraction, NoteType } from "./extraction.ts";
import type { Sentence } from "./build-turns.ts";
import { buildTitle } from "./build-title.ts";
import { buildTurns } from "./build-turns.ts";
import { contentWords, informativeWords, overlap } from "./content-words.ts";
import { detectCommitments, type Parties } from "./detect-commitments.ts";
import { detectDecisions } from "./detect-decisions.ts";
import { detectPriority } from "./detect-priority.ts";
import { extractFacts } from "./extract-facts.ts";
import { findPeople } from "./find-people.ts";
import { keyTerms } from "./key-terms.ts";
import { isKnownOrganization } from "./lexicon.ts";
import { resolveDueDate } from "./resolve-due-date.ts";
import { isOwnerName, isPlaceholderName, resolveSpeakers } from "./resolve-speakers.ts";
import { rewriteTask } from "./rewrite-task.ts";
import { scoreCentrality } from "./score-centrality.ts";
import { specificity } from "./specificity.ts";
import { summarize } from "./summarize.ts";

const NOTE_TYPE: Record<SourceDocument["kind"], NoteType> = {
  transcript: "meeting",
  email: "email",
  document: "document",
  voice: "voice",
};

/** Minimum heuristic score for a commitment to become a proposed task. */
const TASK_THRESHOLD = Number(process.env.MNEMO_T ?? 2.6);

/**
 * The offline extraction engine: rules, lexicons and sentence statistics, no model and no I/O.
 * Pure and deterministic: the same document and context always give the same extraction.
 */
export function extractWithRules(doc: SourceDocument, ctx: ExtractContext): Extraction {
  const noteType = NOTE_TYPE[doc.kind];
  const date = meetingDate(doc);
  const speakers = resolveSpeakers(doc, ctx);
  const turns = buildTurns(doc, speakers);
  const sentences = turns.flatMap((t) => t.sentences);
  const totalWords = sentences.reduce((n, s) => n + s.wordCount, 0);

  // --- People -------------------------------------------------------------------------------
  const emailPeople = doc.kind === "email" ? emailParticipants(doc) : [];
  const known = unique([...speakers.speakers, ...speakers.hinted, ...emailPeople].filter((n) => !isOwnerName(n, ctx)));
  const people = findPeople(sentences, known, ctx.ownerName);
  const fullName = (name: string | null): string | null => {
    if (!name || isPlaceholderName(name)) return null;
    if (isOwnerName(name, ctx) || isOwnerName(name.split(/\s+/)[0], ctx)) return ctx.ownerName;
    const first = name.split(/\s+/)[0]!.toLowerCase();
    const match = known.find((k) => k.split(/\s+/)[0]!.toLowerCase() === first);
    return match ?? people.canonical(name);
  };
  const ownerAddressed = [...people.addressed.values()].some((n) => isOwnerName(n.split(/\s+/)[0], ctx));
  const ownerPresent =
    speakers.ownerSpeaks || speakers.oneOnOne || ownerAddressed || emailPeople.some((p) => isOwnerName(p, ctx));
  // A group call recorded as one "Remote" voice: the people it keeps naming are in the room.
  const groupMeeting = doc.kind === "transcript" && !speakers.oneOnOne && speakers.speakers.filter((n) => !isOwnerName(n, ctx)).length === 0;
  const participants = dedupeByFirstName(
    [
      ...(ownerPresent ? [ctx.ownerName] : []),
      ...speakers.speakers,
      ...speakers.hinted,
      ...emailPeople,
      ...people.present.map((p) => fullName(p) ?? p),
      ...(groupMeeting ? people.frequent.map((p) => fullName(p) ?? p) : []),
    ].filter((p) => !isPlaceholderName(p)),
    ctx,
  );

  // --- Who says what to whom ------------------------------------------------------------------
  const named = new Set(participants);
  const recipients = emailRecipientsByTurn(doc, turns.length);
  const parties: Parties = {
    speakerOf: (s) => s.speaker,
    addresseeOf: (s) => addresseeOf(s, turns, people.addressed, participants, recipients, fullName),
    personNamed: (word) => {
      if (/^(?:I|We|You|He|She|They|It|This|That|Who|Everyone|Everybody|Someone|Somebody)$/.test(word)) return null;
      const name = fullName(word);
      if (!name) return null;
      return named.has(name) || people.mentioned.has(name) || people.mentioned.has(word) ? name : null;
    },
  };

  // --- What the conversation is about --------------------------------------------------------
  const terms = keyTerms(sentences, [ctx.ownerName, ...ctx.ownerAliases, ...participants, ...people.mentioned.keys()]);
  const termWeight = new Map(terms.slice(0, 30).map((t, i) => [t.stem, 1 - i / 40]));
  const centrality = scoreCentrality(sentences, termWeight);

  // --- Tasks ----------------------------------------------------------------------------------
  const taskLimit = doc.automated ? 0 : process.env.MNEMO_ALL ? 999 : clamp(Math.round(2 + totalWords / 1200), 2, 10);
  const commitments = detectCommitments(sentences, parties)
    .map((c) => {
      const { due, phrase } = resolveDueDate(c.sentence.text, date);
      const text = rewriteTask({ action: c.action, kind: c.kind, speaker: c.sentence.speaker, addressee: c.addressee, duePhrase: phrase });
      const info = informativeWords(text).length;
      const length = text.split(/\s+/).length;
      const score =
        c.score + 0.6 * specificity(text, termWeight) + 0.15 * Math.min(info, 6) - (info < 3 ? 1.5 : 0) - (length > 14 ? 0.5 : 0);
      return { c, due, text, score };
    })
    .filter((x) => x.score >= TASK_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.c.sentence.index - b.c.sentence.index);
  if (process.env.MNEMO_DUMP) (globalThis as any).__cands = commitments.map((x) => ({ score: x.score, base: x.c.score, kind: x.c.kind, verb: x.c.verb, text: x.text, sent: x.c.sentence.text, pos: x.c.sentence.position, owner: x.c.owner }));
  const tasks: (ExtractedTask & { at: number; words: string[] })[] = [];
  for (const { c, due, text } of commitments) {
    if (tasks.length >= taskLimit) break;
    const words = contentWords(text);
    if (words.length < 2 || text.split(/\s+/).length < 3) continue;
    if (tasks.some((t) => overlap(t.words, words) >= 0.5)) continue;
    const owner = fullName(c.owner);
    tasks.push({ text, owner, due, priority: detectPriority(c.sentence.text), at: c.sentence.index, words });
  }
  tasks.sort((a, b) => a.at - b.at);
  const taskSentences = new Set(tasks.map((t) => t.at));

  // --- Decisions ------------------------------------------------------------------------------
  const decisionLimit = doc.automated ? 0 : clamp(Math.round(1 + totalWords / 2500), 1, 5);
  const decisions: { text: string; at: number; words: string[] }[] = [];
  for (const d of detectDecisions(turns).sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index)) {
    if (decisions.length >= decisionLimit) break;
    if (d.score < 2 || taskSentences.has(d.sentence.index)) continue;
    const words = contentWords(d.text);
    if (words.length < 3 || decisions.some((x) => overlap(x.words, words) >= 0.5)) continue;
    decisions.push({ text: d.text, at: d.sentence.index, words });
  }
  decisions.sort((a, b) => a.at - b.at);

  // --- Facts and summary ----------------------------------------------------------------------
  const used = new Set([...taskSentences, ...decisions.map((d) => d.at)]);
  const factLimit = clamp(Math.round(3 + totalWords / 1000), 3, 12);
  const facts = extractFacts(sentences, { limit: doc.automated ? Math.min(3, factLimit) : factLimit, centrality, exclude: used });

  const topics = terms.filter((t) => !/^[a-z]+(?:ing|ed|ly)$/.test(t.term)).slice(0, 6).map((t) => t.term);
  const lead = summaryLead(noteType, participants, topics);
  const outcomes = summaryOutcomes(decisions.map((d) => d.text), tasks, ctx);
  const summary = summarize(sentences, { centrality, lead, outcomes, maxWords: clamp(Math.round(60 + totalWords / 150), 60, 120) });

  // --- Title, entity, mentions ----------------------------------------------------------------
  const counterpart = speakers.counterpart ?? (speakers.oneOnOne ? (participants.find((p) => p !== ctx.ownerName) ?? null) : null);
  const title = buildTitle({ title: doc.title ?? subjectOf(doc), date, noteType, counterpart, oneOnOne: speakers.oneOnOne, keyTerms: terms });
  const entity = counterpart ?? (doc.kind === "email" ? mainCorrespondent(doc, ctx) : null);
  const mentionedPeople = [...people.mentioned.entries()]
    .filter(([n]) => !participants.includes(n) && !isOwnerName(n.split(/\s+/)[0], ctx) && !isPlaceholderName(n))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([n]) => n);
  const accounts = terms.filter((t) => t.count >= 2 && isKnownOrganization(t.term)).map((t) => t.term);

  return {
    title,
    date,
    note_type: noteType,
    entity,
    participants,
    summary: summary || (doc.title ?? title),
    tasks: tasks.map(({ text, owner, due, priority }) => ({ text, owner, due, priority })),
    decisions: decisions.map((d) => d.text),
    facts: facts.map((f) => f.text),
    mentions: { people: dedupeByFirstName(mentionedPeople, ctx), accounts: unique(accounts), projects: [] },
  };
}

function addresseeOf(
  s: Sentence,
  turns: ReturnType<typeof buildTurns>,
  addressed: Map<number, string>,
  participants: string[],
  recipients: (string | null)[],
  fullName: (n: string | null) => string | null,
): string | null {
  const turn = turns[s.turn]!;
  // Named in this sentence or just before it in the same turn: "Roy, can you …"
  for (let i = s.index; i >= Math.max(turn.sentences[0]!.index, s.index - 2); i--) {
    const name = addressed.get(i);
    if (name) {
      const full = fullName(name);
      if (full && full !== s.speaker) return full;
    }
  }
  if (recipients[s.turn]) return recipients[s.turn]!;
  // Two people in the room: the other one.
  if (participants.length === 2 && s.speaker && participants.includes(s.speaker)) {
    return participants.find((p) => p !== s.speaker) ?? null;
  }
  // Otherwise whoever spoke last, if it was someone else.
  for (let t = s.turn - 1; t >= Math.max(0, s.turn - 1); t--) {
    const other = turns[t]!.speaker;
    if (other && other !== s.speaker) return other;
  }
  return null;
}

function summaryLead(noteType: NoteType, participants: string[], topics: string[]): string {
  if (topics.length === 0) return "";
  const firstNames = participants.map((p) => p.split(/\s+/)[0]!);
  const who =
    firstNames.length === 0
      ? "The participants"
      : firstNames.length <= 3
        ? joinList(firstNames)
        : `${firstNames.slice(0, 3).join(", ")} and others`;
  if (noteType === "document") return `The document covers ${joinList(topics)}.`;
  if (noteType === "email") return `${who} wrote about ${joinList(topics)}.`;
  return `${who} met to discuss ${joinList(topics)}.`;
}

/** "Agreed to …" and "Next steps: Lior to …" lines from the decisions and tasks already found. */
function summaryOutcomes(decisions: string[], tasks: ExtractedTask[], ctx: ExtractContext): string[] {
  const out: string[] = [];
  if (decisions.length > 0) out.push(`Agreed: ${decisions.slice(0, 2).map(lowerFirst).join("; ")}.`);
  const steps = tasks
    .slice(0, 3)
    .map((t) => `${t.owner ? (t.owner === ctx.ownerName ? ctx.ownerName.split(/\s+/)[0] : t.owner.split(/\s+/)[0]) + " to " : ""}${lowerFirst(t.text)}`);
  if (steps.length > 0) out.push(`Next steps: ${steps.join("; ")}.`);
  return out;
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function joinList(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
}

function meetingDate(doc: SourceDocument): string {
  if (doc.date) return doc.date;
  for (const m of doc.messages) {
    const d = /^(\d{4}-\d{2}-\d{2})/.exec(m.date ?? "");
    if (d) return d[1]!;
  }
  const f = /(\d{4})-?(\d{2})-?(\d{2})/.exec(`${doc.fileName} ${doc.title ?? ""}`);
  if (f && +f[2]! >= 1 && +f[2]! <= 12 && +f[3]! >= 1 && +f[3]! <= 31) return `${f[1]}-${f[2]}-${f[3]}`;
  return "1970-01-01";
}

function emailParticipants(doc: SourceDocument): string[] {
  const names: string[] = [];
  for (const m of doc.messages) {
    for (const a of [m.from, ...m.to, ...m.cc]) {
      const n = a.name?.replace(/^["']|["']$/g, "").trim();
      if (!n || isPlaceholderName(n) || /@|\b(?:no-?reply|notifications?|team|support|info|newsletter|calendar)\b/i.test(n)) continue;
      names.push(n);
    }
  }
  return names;
}

function emailRecipientsByTurn(doc: SourceDocument, turnCount: number): (string | null)[] {
  if (doc.kind !== "email" || doc.messages.length !== turnCount) return [];
  return doc.messages.map((m) => {
    const to = m.to.map((a) => a.name?.trim()).filter((n): n is string => !!n && !isPlaceholderName(n));
    return to.length === 1 ? to[0]! : null;
  });
}

function mainCorrespondent(doc: SourceDocument, ctx: ExtractContext): string | null {
  const counts = new Map<string, number>();
  for (const m of doc.messages) {
    const n = m.from.name?.trim();
    if (n && !isOwnerName(n, ctx) && !isPlaceholderName(n)) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function subjectOf(doc: SourceDocument): string | null {
  return doc.messages.find((m) => m.subject)?.subject ?? null;
}

/** Keep one entry per person: the fullest spelling of each first name, owner's name exact. */
function dedupeByFirstName(names: string[], ctx: ExtractContext): string[] {
  const byFirst = new Map<string, string>();
  const order: string[] = [];
  for (const raw of names) {
    const n = isOwnerName(raw, ctx) || isOwnerName(raw.split(/\s+/)[0], ctx) ? ctx.ownerName : raw.trim();
    if (!n) continue;
    const key = n.split(/\s+/)[0]!.toLowerCase();
    const prev = byFirst.get(key);
    if (!prev) order.push(key);
    if (!prev || (n.length > prev.length && prev !== ctx.ownerName)) byFirst.set(key, n);
  }
  return order.map((k) => byFirst.get(k)!);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}
