import type { ExtractedTask, NoteType } from "./extraction.ts";
import { ACTION_VERBS } from "./action-verbs.ts";
import { compressSentence, condense } from "./compress-sentence.ts";
import { capitalize, stem, tokenize } from "./content-words.ts";
import { specificity } from "./specificity.ts";
import { firstTellingClause } from "./first-telling-clause.ts";

export type FrameInput = {
  noteType: NoteType;
  participants: string[];
  topics: string[];
  decisions: string[];
  tasks: ExtractedTask[];
  ownerName: string;
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

function outcomes({ decisions: said, tasks: planned, termWeight }: FrameInput): string[] {
  // Each decision and step is cut to its first clause that names a key term (the gist, without the
  // talk that follows) and ranked on that short form, the text the summary shows.
  const gist = (text: string) => (termWeight ? firstTellingClause(text, termWeight) : text);
  // The decision named is about the meeting's topics: it names at least two of its key terms.
  const decisions = byTopic(said.map((text) => ({ text: gist(condense(compressSentence(text))) })), termWeight)
    .map((d) => d.text)
    .filter((d) => !termWeight || keyTermsIn(d, termWeight) >= DECISION_KEY_TERMS)
    // Only a whole statement: no stray quote, question or stutter.
    .filter(wellFormed);
  const tasks = byTopic(planned.map((t) => ({ ...t, text: gist(t.text) })), termWeight);
  const out: string[] = [];
  if (decisions.length > 0) out.push(`Aligned on: ${decisions.slice(0, 1).map(lowerFirst).join("; ")}.`);
  const chosen = tasks.slice(0, STEPS);
  // One person's steps read as one: "Leo to test the cluster and send the results".
  const byOwner: { owner: string | null; texts: string[] }[] = [];
  for (const t of chosen) {
    const same = t.owner ? byOwner.find((x) => x.owner === t.owner) : undefined;
    if (same) same.texts.push(lowerFirst(t.text));
    else byOwner.push({ owner: t.owner, texts: [lowerFirst(t.text)] });
  }
  const steps = byOwner.map(({ owner, texts }) => {
    const who = owner ? `${owner.split(/\s+/)[0]} to ` : "";
    return `${who}${joinList(texts)}`;
  });
  if (steps.length > 0) out.push(`Plan: ${steps.join("; ")}.`);
  return out;
}

/** A decision worth naming is not a question and has no stray quote, bracket or stutter. */
function wellFormed(text: string): boolean {
  if (/\?|\b(?:how|what|why|who|where|when)\s+(?:does|do|did|is|are|can|could|would|should)\b/i.test(text)) return false;
  if (count(text, /\(/g) !== count(text, /\)/g) || count(text, /["“”]/g) % 2 === 1) return false;
  return !/\b(\w+\s+\w+)\s+(?:\w+\s+)?\1\b/i.test(text);
}

function count(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

/** How many next steps the summary names. */
const STEPS = 2;

/** How many key terms a decision named in the summary must carry. */
const DECISION_KEY_TERMS = 2;

function keyTermsIn(text: string, termWeight: ReadonlyMap<string, number>): number {
  return new Set(tokenize(text).map(stem).filter((w) => termWeight.has(w))).size;
}

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
  if (!first || !(ACTION_VERBS.has(first) || OPENERS.has(first))) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

const OPENERS = new Set(["we", "the", "a", "an", "our", "this", "that", "it", "they", "need", "keep", "use", "go", "ship", "move", "defer", "proceed"]);

function joinList(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
}
