import type { ExtractedTask, NoteType } from "./extraction.ts";
import { ACTION_VERBS } from "./action-verbs.ts";
import { compressSentence, condense } from "./compress-sentence.ts";
import { capitalize, stem, tokenize } from "./content-words.ts";
import { specificity } from "./specificity.ts";
import { firstTellingClause } from "./first-telling-clause.ts";
import { arrangesMeeting } from "./calendar-chores.ts";
import { sayWhenDue } from "./say-when-due.ts";
import { sayMeetingPlainly } from "./say-meeting-plainly.ts";
import { lexiconTag } from "./lexicon.ts";

export type FrameInput = {
  noteType: NoteType;
  participants: string[];
  topics: string[];
  decisions: string[];
  /** Of `decisions`, those the other side accepted or the words report as decided: named before the others. */
  firm?: string[];
  tasks: ExtractedTask[];
  ownerName: string;
  /** The meeting's date (ISO): a step's due date is said counted from it ("next week"). */
  date?: string | null;
  /** Key-term weights: the decision and next steps most about the main topics are the ones named. */
  termWeight?: ReadonlyMap<string, number>;
};

/**
 * The fixed parts of a summary: an opening line naming who met and the main topics
 * ("Jason and Lior discussed the MAI deck, Azure Blob and hardware."), and closing lines with
 * what they aligned on, who does what next ("Plan: Lior to send the deck.") and the other
 * topics ("Also covered: …"). The labels are short summary words: the opening already says "discussed".
 */
export function summaryFrame(input: FrameInput): { lead: string; outcomes: string[] } {
  // The lead names the most telling of the top topics: names and multi-word terms before common nouns.
  const leading = input.topics
    .slice(0, LEAD_TOPICS + 3)
    .map((t, i) => ({ t, i, named: /\s|^[A-Z0-9]/.test(t) }))
    .sort((a, b) => Number(b.named) - Number(a.named) || a.i - b.i)
    .slice(0, LEAD_TOPICS)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.t);
  const closing = outcomes(input);
  // A topic the closing lines already name is not listed again.
  const said = new Set((closing.join(" ").toLowerCase().match(WORD) ?? []).map(singular));
  const more = input.topics.filter((t) => !leading.includes(t) && !(t.toLowerCase().match(WORD) ?? []).every((w) => said.has(singular(w))));
  const also = more.length > 0 ? [`Also covered: ${joinList(more)}.`] : [];
  return { lead: lead({ ...input, topics: leading }), outcomes: [...closing, ...also] };
}

const WORD = /[a-z0-9][a-z0-9.'-]*[a-z0-9]|[a-z0-9]/g;

/** "invoices" and "invoice" are one word here. */
function singular(w: string): string {
  return w.replace(/(?<=[a-z]{3})s$/, "");
}

/** How many topics the opening sentence names; the rest close the summary as "Also covered". */
const LEAD_TOPICS = 5;

function lead({ noteType, participants, topics, ownerName }: FrameInput): string {
  if (topics.length === 0) return "";
  const firstNames = participants.map((p) => p.split(/\s+/)[0]!);
  // When more than two people met, the note's participant list names them: the summary says "the team".
  const who =
    noteType === "meeting" && firstNames.length > 2
      ? participants.includes(ownerName)
        ? `${ownerName.split(/\s+/)[0]} and the team`
        : "the team"
      : firstNames.length === 0
      ? "the participants"
      : firstNames.length <= 3
        ? joinList(firstNames)
        : `${firstNames.slice(0, 3).join(", ")} and the team`;
  if (noteType === "document") return `The document covers ${joinList(topics)}.`;
  if (noteType === "email") {
    return firstNames.length === 0 ? `The email covers ${joinList(topics)}.` : `${capitalize(who)} wrote about ${joinList(topics)}.`;
  }
  return noteType === "voice" ? `The note covers ${joinList(topics)}.` : `${capitalize(who)} discussed ${joinList(topics)}.`;
}

function outcomes({ decisions: said, firm = [], tasks: planned, termWeight, date, ownerName }: FrameInput): string[] {
  // Each decision and step is cut to its first clause that names a key term (the gist, without the
  // talk that follows) and ranked on that short form, the text the summary shows.
  const gist = (text: string) => (termWeight ? firstTellingClause(text, termWeight) : text);
  // The decision named is the most specific one that reads on its own (a vague or broken-off one
  // costs the summary more than the "Aligned on" it would open).
  const decisions = byTopic(said.map((text) => ({ text: gist(condense(compressSentence(text))), firm: firm.includes(text) })), termWeight)
    // Only a whole statement: no stray quote, question, stutter or pointer back into the talk.
    .filter((d) => wellFormed(d.text) && readsWell(d.text))
    // One agreed to or reported as decided before one only chosen.
    .sort((a, b) => Number(b.firm) - Number(a.firm))
    .map((d) => d.text);
  // A planned meeting reads as what happens ("meet with Dana"), not as the chore of arranging it.
  const tasks = byTopic(
    planned
      .map((t) => ({ t, short: gist(t.text) }))
      .map(({ t, short }) => ({ ...t, meets: meetsAgain(short), text: sayMeetingPlainly(wholeList(short, t.text)) }))
      .filter((t) => readsAsStep(t.text)),
    termWeight,
  );
  const out: string[] = [];
  if (decisions.length > 0) out.push(`Aligned on: ${decisions.slice(0, 1).map((d) => lowerFirst(d.replace(CHOSEN, ""))).join("; ")}.`);
  // The steps named: the next meeting when one is planned (it is what happens next), then what the
  // other side takes on, then the owner's own step; the rest only by how specific they are.
  const meeting = tasks.find((t) => t.meets);
  const theirs = tasks.find((t) => t !== meeting && t.owner !== null && t.owner !== ownerName);
  const mine = tasks.find((t) => t !== meeting && t.owner === ownerName);
  const chosen = unique([meeting, theirs, mine, ...tasks])
    .slice(0, STEPS)
    .sort((a, b) => tasks.indexOf(a) - tasks.indexOf(b));
  // One person's steps read as one: "Leo to test the cluster and send the results".
  const byOwner: { owner: string | null; texts: string[] }[] = [];
  for (const t of chosen) {
    const same = t.owner ? byOwner.find((x) => x.owner === t.owner) : undefined;
    // "Leo to send the deck by Friday": when it is due, counted from the meeting.
    // A meeting's date is when it happens, not a deadline: "meet with Pete on Friday".
    const due = sayWhenDue(t.due, date);
    const when = /^meet\b/i.test(t.text) ? due.replace(/^by /, "on ") : due;
    const text = when ? `${lowerFirst(t.text)} ${when}` : lowerFirst(t.text);
    if (same) same.texts.push(text);
    else byOwner.push({ owner: t.owner, texts: [text] });
  }
  const steps = byOwner.map(({ owner, texts }) => {
    const who = owner ? `${owner.split(/\s+/)[0]} to ` : "";
    return `${who}${joinList(texts)}`;
  });
  if (steps.length > 0) out.push(`Plan: ${steps.join("; ")}.`);
  return out;
}

/** The verb of a choice, which "Aligned on" already says: "aligned on (going with) the routable IPs". */
const CHOSEN = /^(?:we(?:'re| are) )?(?:go(?:ing)? with|stick(?:ing)? with|set(?:ting)? up|hav(?:e|ing))\s+(?=(?:a|an|the|one|two|three|our|both)\b)/i;

/**
 * A short form never stops inside a list: "meet with Pete about billing, TPS" is
 * "meet with Pete about billing, TPS and Azure" when that is all the rest of the task says.
 */
function wholeList(short: string, text: string): string {
  const rest = text.slice(short.length);
  return text.startsWith(short) && /,\s*[^,]+$/.test(short) && /^\s+and\s+[^,;.]+$/.test(rest) ? text : short;
}

/** A decision worth naming is not a question and has no stray quote, bracket or stutter. */
function wellFormed(text: string): boolean {
  if (/\?|\b(?:how|what|why|who|where|when)\s+(?:does|do|did|is|are|can|could|would|should)\b/i.test(text)) return false;
  if (count(text, /\(/g) !== count(text, /\)/g) || count(text, /["“”]/g) % 2 === 1) return false;
  return !/\b(\w+\s+\w+)\s+(?:\w+\s+){0,3}\1\b/i.test(text);
}

/**
 * A step worth naming in the summary says what will be done to what: not a light verb with a vague
 * object ("get some maturity around here", "take what they produce") or a pronoun whose referent
 * the summary never names ("connect it into the cluster").
 */
export function readsAsStep(text: string): boolean {
  if (LIGHT_VERB.test(text) || STATE_SOUGHT.test(text)) return false;
  return readsWell(text);
}

/**
 * A piece that stands on its own in a summary: no pointer back into the talk ("connect it", "that
 * one", "sort that out"), no speaker's aside ("I appreciate …", "you are …"), no broken-off end.
 */
export function readsWell(text: string): boolean {
  const body = text.replace(/[.!?,;:\s]+$/, "");
  if (VAGUE_WORD.test(body) || /^(?:I|you|hard|easy)\b/i.test(body) || /--|\b(?:that|this) one\b/i.test(body)) return false;
  return !DANGLING_END.test(body) && !POINTING_END.test(body);
}

/** Ends on a demonstrative standing for something said before ("sort that out", "do this"). */
const POINTING_END = /\b(?:that|this|those|these)(?:\s+(?:out|up|over|back|off|on))?$/i;

function unique<T>(xs: (T | undefined)[]): T[] {
  return xs.filter((x, i): x is T => x !== undefined && xs.indexOf(x) === i);
}

/** A step that arranges or is the next meeting ("Schedule a follow-up call", "Meet in Tel Aviv"). */
function meetsAgain(text: string): boolean {
  return arrangesMeeting(text) || /^meet\b/i.test(text);
}

const DANGLING_END = /\b(?:a|an|the|of|to|for|with|and|or|but|that|in|on|at|by|from|as|so|if|than|new|some|any|our|your|their|my|its|is|are|was|be|\d+)$/i;

/** A state to bring about, not a step someone takes: "ensure that the data is persisted", "make sure VAST is top of mind". */
const STATE_SOUGHT = /^(?:ensure|make sure|see to it)\s+(?:that\s+)?(?:the\s+|our\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:is|are|stays?|remains?|gets?)\b/i;

/** Verbs that say little without the talk around them ("get", "put", "take"). */
const LIGHT_VERB = /^(?:get|put|take|go(?! over| through)|do|have|keep|give|be)\b/i;
/** Pronouns, deictic adverbs and fillers that point back into the conversation ("meet with him": who?). */
const VAGUE_WORD = /\b(?:it|he|she|him|her|them|here|there|stuff|things?|something|anything|want|what|which|who|whatever|though)\b/i;

function count(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

/** How many next steps the summary names. */
const STEPS = 2;

/** Items most specific to the key terms for their length first (reading order among equals): a short, concrete item says more per word. */
function byTopic<T extends { text: string }>(items: T[], termWeight: ReadonlyMap<string, number> | undefined): T[] {
  if (!termWeight) return items;
  return items
    .map((x, i) => ({ x, i, s: specificity(x.text, termWeight) / Math.sqrt(x.text.split(/\s+/).length + 3) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((e) => e.x);
}

/** Lower-case an opening verb or article ("Send the deck" → "send the deck"), never a name ("Azure …"). */
function lowerFirst(s: string): string {
  const first = /^[A-Z][a-z]+\b/.exec(s)?.[0].toLowerCase();
  if (!first || !(ACTION_VERBS.has(first) || OPENERS.has(first) || lexiconTag(first) === "Infinitive")) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

const OPENERS = new Set(["we", "the", "a", "an", "our", "this", "that", "it", "they", "need", "keep", "use", "go", "ship", "move", "defer", "proceed"]);

function joinList(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
}
