import type { SourceDocument } from "../sources/source-document.ts";
import type { ExtractContext, ExtractedTask, Extraction, NoteType } from "./extraction.ts";
import { discountCommonTerms } from "./background-terms.ts";
import { buildTitle } from "./build-title.ts";
import { buildTurns } from "./build-turns.ts";
import { contentWords, informativeWords, overlap } from "./content-words.ts";
import { arrangesMeeting, isCalendarChore } from "./calendar-chores.ts";
import { detectCommitments, type Commitment, type Parties } from "./detect-commitments.ts";
import { detectDecisions } from "./detect-decisions.ts";
import { detectPriority } from "./detect-priority.ts";
import { extractFacts } from "./extract-facts.ts";
import { findAddressee } from "./find-addressee.ts";
import { findPeople } from "./find-people.ts";
import { guessTurnSpeakers } from "./guess-turn-speakers.ts";
import { inferRemoteSpeaker } from "./infer-remote-speaker.ts";
import { keyTerms } from "./key-terms.ts";
import { isKnownFirstName, isKnownOrganization, lexiconTag } from "./lexicon.ts";
import { followUpOnRequest } from "./follow-up-on-request.ts";
import { withMessageToPass } from "./message-to-pass.ts";
import { withMatterToDiscuss } from "./matter-to-discuss.ts";
import { meetingDate } from "./meeting-date.ts";
import { namesUsedAsModifiers } from "./names-used-as-modifiers.ts";
import { resolveDueDate } from "./resolve-due-date.ts";
import { dedupePeople, emailParticipants, resolveParticipants } from "./resolve-participants.ts";
import { cleanPersonName, isOwnerName, isPlaceholderName, resolveSpeakers } from "./resolve-speakers.ts";
import { rewriteTask } from "./rewrite-task.ts";
import { condense } from "./compress-sentence.ts";
import { scoreCentrality } from "./score-centrality.ts";
import { specificity } from "./specificity.ts";
import { splitMixedVoice } from "./split-mixed-voice.ts";
import { taskTextQuality } from "./task-text-quality.ts";
import { tellTwoVoicesApart } from "./tell-two-voices-apart.ts";
import { summarize } from "./summarize.ts";
import { summaryFrame } from "./summary-frame.ts";
import { versionNumbers } from "./version-numbers.ts";
import { topicPhrases } from "./topic-phrases.ts";
import { weighUsedAsNouns } from "./used-as-nouns.ts";
import { rankByWhenSaid } from "./when-said.ts";
import { discountRareTerms } from "./rare-terms.ts";
import { trackFloor } from "./track-floor.ts";

const NOTE_TYPE: Record<SourceDocument["kind"], NoteType> = {
  transcript: "meeting",
  email: "email",
  document: "document",
  voice: "voice",
};

/** Minimum score for a commitment to become a proposed task. */
const TASK_THRESHOLD = 2.6;
/** Ranking bonus for tasks the vault owner takes on himself. */
const OWN_TASK_BONUS = 0.5;
/** Topic phrases a task to see someone may name as its matter, and about how many words before the promise they may be said. */
const MATTER_TOPICS = 40;
const MATTER_LOOKBACK = 80;
/** Minimum score for a decision candidate. */
const DECISION_THRESHOLD = 1.5;
/** How many key terms weigh in centrality and specificity. */
const KEY_TERMS = 30;
/** How many topics the summary names (the first few open it, the rest close it). */
const SUMMARY_TOPICS = 25;

/**
 * The offline extraction engine: rules, lexicons and sentence statistics, no model and no I/O.
 * Pure and deterministic: the same document and context always give the same extraction.
 * Item counts scale with the length of the source (an hour's meeting: up to 10 tasks, 8
 * decisions, 16 facts; a short one far fewer); automated sources get a summary and a few facts.
 */
export function extractWithRules(doc: SourceDocument, ctx: ExtractContext): Extraction {
  const noteType = NOTE_TYPE[doc.kind];
  const date = meetingDate(doc);
  const speakers = resolveSpeakers(doc, ctx);
  const turns = buildTurns(doc, speakers);
  const sentences = turns.flatMap((t) => t.sentences);
  const totalWords = sentences.reduce((n, s) => n + s.wordCount, 0);

  // --- People ---------------------------------------------------------------------------------
  // A one-on-one recorded as one voice (all under `Remote`, or under one of the two names) holds both
  // people; one recorded as two unnamed voices (`Speaker 1`, `Speaker 2`) is told apart by the names said.
  if (doc.kind === "transcript" && speakers.oneOnOne && speakers.counterpart) {
    const me = { name: ctx.ownerName, aliases: ctx.ownerAliases };
    const oneVoice = new Set(turns.map((t) => t.label)).size === 1 && turns.every((t) => [null, ctx.ownerName, speakers.counterpart].includes(t.speaker));
    if (oneVoice) splitMixedVoice(turns, me, speakers.counterpart);
    else tellTwoVoicesApart(turns, me, speakers.counterpart);
  }
  const known = unique([...speakers.speakers, ...speakers.hinted, ...(doc.kind === "email" ? emailParticipants(doc) : [])]);
  const people = findPeople(sentences, known.filter((n) => !isOwnerName(n, ctx)), ctx.ownerName);
  const remote = speakers.counterpart ? null : inferRemoteSpeaker(turns, people.addressed, ctx.ownerName);
  const isOwnerLike = (n: string) => isOwnerName(n, ctx) || isOwnerName(n.split(/\s+/)[0], ctx);
  const fullName = (name: string | null): string | null => {
    if (!name || isPlaceholderName(name)) return null;
    if (isOwnerLike(name)) return ctx.ownerName;
    const first = name.split(/\s+/)[0]!.toLowerCase();
    return known.find((k) => k.split(/\s+/)[0]!.toLowerCase() === first) ?? people.canonical(name);
  };
  // A capitalized word never written in lower case that the lexicon knows at most as a noun ("Leo").
  const lowerWords = new Set(sentences.flatMap((s) => s.text.match(/\b[a-z][a-z'-]+\b/g) ?? []));
  const nameLike = (w: string) => w.length >= 3 && !lowerWords.has(w.toLowerCase()) && [undefined, "Noun", "Singular"].includes(lexiconTag(w));
  function knownPerson(word: string): string | null {
    if (NOT_A_NAME.test(word)) return null;
    const name = fullName(word);
    return name && (known.includes(name) || people.mentioned.has(name) || isKnownFirstName(word) || nameLike(word)) ? name : null;
  }
  // Inside unnamed voices: who was handed the floor or introduced themself, sentence by sentence.
  const floor = speakers.oneOnOne ? new Map<number, string>() : trackFloor(turns, people.addressed, knownPerson, isOwnerLike);
  const participants = resolveParticipants({ doc, ctx, speakers, people, remote, fullName, floor: [...floor.values()] });
  /** Task owners are participants, the vault owner, or people the text clearly and often names. */
  const ownerOf = (name: string | null): string | null => {
    const full = fullName(name);
    if (!full) return null;
    if (full === ctx.ownerName || participants.includes(full)) return full;
    // A person the text shows acting ("Shachar said he will …", "Tzu and I") may own a task too.
    return (isKnownFirstName(full.split(/\s+/)[0]!) && (people.mentioned.get(full) ?? 0) >= 2) || people.actors.has(full) ? full : null;
  };

  const recipients = emailRecipientsByTurn(doc, turns.length);
  // Only someone spoken to or introducing themself may stand in for an unnamed voice: a person only
  // talked about ("I'll ask Brian to share it") is not the one talking.
  const mostNamed = participants.filter((p) => !isOwnerLike(p) && people.present.includes(p)).sort((a, b) => (people.mentioned.get(b) ?? 0) - (people.mentioned.get(a) ?? 0))[0] ?? null;
  const guessed = guessTurnSpeakers(turns, people.addressed, isOwnerLike, mostNamed);
  const parties: Parties = {
    speakerOf: (s) => {
      if (s.speaker) return s.speaker;
      const taken = floor.get(s.index) ?? guessed.get(s.turn) ?? null;
      // Nobody calls themselves by name: a sentence calling on the one taken to be talking is someone else's.
      const called = people.addressed.get(s.index);
      return taken && called && fullName(called) === taken ? null : taken;
    },
    addresseeOf: (s) => findAddressee(s, { turns, addressed: people.addressed, participants, recipients, fullName, speakerOf: (x) => parties.speakerOf(x) }),
    // A 1:1 is the owner's: what "we" must do there is his to track (about 60% of 1:1 tasks are his).
    weOwnerOf: (s) => (speakers.oneOnOne ? ctx.ownerName : parties.speakerOf(s)),
    personNamed: (word) => {
      if (NOT_A_NAME.test(word)) return null;
      const name = fullName(word);
      return name && (participants.includes(name) || people.mentioned.has(name)) ? name : null;
    },
  };

  // --- What the conversation is about ---------------------------------------------------------
  // People are not topics: the meeting's, and the vault's people whose full name the source writes.
  const fullText = sentences.map((s) => s.text).join("\n");
  const vaultPeopleNamed = (ctx.knownPeople ?? []).filter((n) => n.includes(" ") && fullText.includes(n));
  // A name the text uses to qualify nouns ("the Azure region") is a product or a place, not a person.
  const things = namesUsedAsModifiers(sentences, people.mentioned.keys());
  const namedPeople = [...people.mentioned.keys()].filter((n) => !things.has(n));
  const terms = keyTerms(sentences, [ctx.ownerName, ...ctx.ownerAliases, ...participants, ...namedPeople, ...vaultPeopleNamed]);
  const termWeight = new Map(terms.slice(0, KEY_TERMS).map((t, i) => [t.stem, 1 - i / (KEY_TERMS + 10)]));
  const centrality = scoreCentrality(sentences, termWeight);

  // --- Tasks: commitments, requests and assignments, most concrete first ----------------------
  const taskLimit = doc.automated ? 0 : clamp(Math.round(2 + totalWords / 1200), 3, 10);
  // An email thread's tasks are its latest message's asks and promises: earlier messages are history
  // it answers (their sentences still give context, e.g. the question an "I'll check" takes up).
  const latestTurn = doc.kind === "email" && doc.messages.length > 1 ? (turns.at(-1)?.index ?? null) : null;
  const matters = topicPhrases(sentences, terms, MATTER_TOPICS);
  const scored = detectCommitments(sentences, parties, { written: doc.kind === "email" || doc.kind === "document" })
    .filter((c) => latestTurn === null || c.sentence.turn === latestTurn)
    .map((c) => {
      // The deadline that belongs to the action: in its verb phrase, or just before the promise.
      // A template's words are not the sentence's: its deadline is in what was said from its trigger on.
      const at = c.templated ? (c.triggerAt ?? 0) : c.sentence.text.length - c.action.length;
      const before = c.sentence.text.slice(0, at).split(/[,;.]/).pop() ?? "";
      const inAction = resolveDueDate(c.templated ? c.sentence.text.slice(at) : c.action, date);
      const { due, phrase } = inAction.due ? inAction : resolveDueDate(before, date);
      const short = withMessageToPass(rewriteTask({ action: c.action, kind: c.kind, speaker: c.sentence.speaker, addressee: c.addressee, duePhrase: phrase }), c.action);
      const said = saidBefore(sentences, c.sentence.index, c.sentence.text.slice(0, at));
      const text = withMatterToDiscuss({ task: followUpOnRequest(short, said), before: said, topics: matters });
      const info = informativeWords(text).length;
      const score =
        c.score +
        0.6 * specificity(text, termWeight) +
        0.15 * Math.min(info, 6) -
        // Few content words mark a broken-off fragment, unless a template wrote the task short on purpose.
        (info < 3 && !c.templated ? 1.5 : 0) -
        (text.split(/\s+/).length > 14 ? 0.5 : 0) +
        // The vault owner's own commitments are what his task list is for.
        (fullName(c.owner) === ctx.ownerName ? OWN_TASK_BONUS : 0) +
        taskTextQuality(text);
      return { c, due, text, score };
    })
    .filter((x) => x.score >= TASK_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.c.sentence.index - b.c.sentence.index);
  // Finding a slot repeats the task that arranges the meeting, when there is one.
  const candidates = scored.some((x) => arrangesMeeting(x.text)) ? scored.filter((x) => !isCalendarChore(x.text)) : scored;
  lendDeadlinesToRequests(candidates);
  const tasks: (ExtractedTask & { at: number; words: string[] })[] = [];
  for (const { c, due, text } of candidates) {
    if (tasks.length >= taskLimit) break;
    const words = contentWords(text);
    if (words.length < 2 || text.split(/\s+/).length < 3) continue;
    if (tasks.some((t) => overlap(t.words, words) >= 0.5)) continue;
    tasks.push({ text, owner: ownerOf(c.owner), due, priority: detectPriority(c.sentence.text), at: c.sentence.index, words });
  }
  tasks.sort((a, b) => a.at - b.at);
  const taskSentences = new Set(tasks.map((t) => t.at));

  // --- Decisions --------------------------------------------------------------------------------
  const ranked = detectDecisions(turns)
    .map((d) => ({ ...d, score: d.score + 0.5 * specificity(d.text, termWeight) }))
    .sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
  // Explicit decisions ("deferred to 5.6", "we agreed to") may go past the length-based limit.
  const decisionLimit = doc.automated
    ? 0
    : clamp(Math.max(Math.round(1 + totalWords / 2500), ranked.filter((d) => d.strong).length), 1, 8);
  const decisions: { text: string; at: number; words: string[]; agreed: boolean; firm: boolean }[] = [];
  for (const d of ranked) {
    if (decisions.length >= decisionLimit) break;
    // A sentence already read as a task is a decision too only when the other side agreed to it.
    if (d.score < DECISION_THRESHOLD || (taskSentences.has(d.sentence.index) && !d.accepted)) continue;
    const words = contentWords(d.text);
    if (informativeWords(d.text).length < 3 || decisions.some((x) => overlap(x.words, words) >= 0.5)) continue;
    decisions.push({ text: d.text, at: d.sentence.index, words, agreed: d.agreed, firm: d.accepted || d.strong });
  }
  decisions.sort((a, b) => a.at - b.at);
  // The summary names what the meeting settled, never a leaning or one speaker's preference: one the
  // other side accepted or the words report as decided when there is one, else a choice said plainly.
  const settled = decisions.filter((d) => d.agreed).map((d) => d.text);
  const firm = decisions.filter((d) => d.agreed && d.firm).map((d) => d.text);

  // --- Facts and summary ------------------------------------------------------------------------
  // Facts are statements: sentences that read as tasks or decisions stay out, chosen or not.
  const used = new Set([
    ...candidates.map((x) => x.c.sentence.index),
    ...ranked.filter((d) => d.score >= DECISION_THRESHOLD).map((d) => d.sentence.index),
  ]);
  const factLimit = clamp(Math.round(3 + totalWords / 700), 3, 16);
  const facts = extractFacts(sentences, { limit: doc.automated ? Math.min(3, factLimit) : factLimit, centrality, exclude: used, termWeight, ownerName: ctx.ownerName });

  // Words common to most of the user's sources say little about this one (see ExtractContext.background);
  // a verb-like word the speakers say as a noun ("the release") is a topic like any noun; a word the
  // speakers keep coming back to is a main topic, one first said in the second half more often a side one;
  // a word said only a few times is more often a passing mention than a subject.
  // Versions the speakers keep naming ("5.5") are topics too; the phrase finder splits them at the dot.
  const topics = [
    ...topicPhrases(sentences, discountRareTerms(rankByWhenSaid(discountCommonTerms(weighUsedAsNouns(terms), ctx.background), sentences)), clamp(Math.round(totalWords / 150), 3, SUMMARY_TOPICS)),
    ...versionNumbers(sentences, 2),
  ];
  const frame = summaryFrame({
    noteType,
    participants,
    topics,
    decisions: settled,
    firm,
    tasks,
    termWeight,
    ownerName: ctx.ownerName,
    date,
  });
  // Spoken statements, even cut to their densest clause, carry few of the words a summary needs
  // (measured: about half the precision of the topic phrases); a conversation's summary is its frame.
  const statementWords = noteType === "meeting" ? 0 : clamp(Math.round(totalWords / 600), 8, 15);
  const summary = summarize(sentences, { centrality, ...frame, statementWords, termWeight });

  // --- Title, entity, mentions ------------------------------------------------------------------
  const counterpart = speakers.counterpart ?? (speakers.oneOnOne ? (participants.find((p) => p !== ctx.ownerName) ?? null) : null);
  const title = buildTitle({
    title: doc.title ?? doc.messages.find((m) => m.subject)?.subject ?? null,
    date,
    noteType,
    counterpart,
    oneOnOne: speakers.oneOnOne,
    keyTerms: terms,
  });
  const mentioned = [...people.mentioned.entries()]
    .filter(([n]) => !participants.includes(n) && !isOwnerName(n.split(/\s+/)[0], ctx) && !isPlaceholderName(n))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([n]) => n);

  return {
    title,
    date,
    note_type: noteType,
    entity: counterpart ?? (doc.kind === "email" ? mainCorrespondent(doc, ctx) : null),
    participants,
    summary: summary || title,
    tasks: tasks.map(({ text, owner, due, priority }) => ({ text, owner, due, priority })),
    decisions: decisions.map((d) => condense(d.text)),
    facts: facts.map((f) => f.text),
    mentions: {
      people: dedupePeople(mentioned, ctx),
      accounts: unique(terms.filter((t) => t.count >= 2 && isKnownOrganization(t.term)).map((t) => t.term)),
      projects: [],
    },
  };
}

/**
 * "Could you send me the venue address?" / "Sure, I'll send that by Friday.": one task in the
 * request's words with the reply's deadline. A reply whose object is only "it"/"that" and that
 * answers a request to its speaker gives the request its due date and is dropped.
 */
function lendDeadlinesToRequests(candidates: { c: Commitment; due: string | null }[]): void {
  for (let k = candidates.length - 1; k >= 0; k--) {
    const reply = candidates[k]!;
    if (!VAGUE_REPLY.test(reply.c.action.slice(reply.c.verb.length))) continue;
    const request = candidates.find(
      (x) => x.c.kind === "request" && x.c.sentence.index === reply.c.sentence.index - 1 && x.c.sentence.turn !== reply.c.sentence.turn && x.c.owner === reply.c.owner,
    );
    if (!request) continue;
    request.due ??= reply.due;
    candidates.splice(k, 1);
  }
}

/** The last `MATTER_LOOKBACK` words or so said before sentence `index`, then `lead`, the sentence's own words before the promise. */
function saidBefore(sentences: { text: string; wordCount: number }[], index: number, lead: string): string {
  const parts = [lead];
  let words = 0;
  for (let i = index - 1; i >= 0 && words < MATTER_LOOKBACK; i--) {
    parts.unshift(sentences[i]!.text);
    words += sentences[i]!.wordCount;
  }
  return parts.join(" ");
}

const NOT_A_NAME = /^(?:I|We|You|He|She|They|It|This|That|Who|Everyone|Everybody|Someone|Somebody)$/;

const VAGUE_REPLY = /^\s*(?:it|that|this|them|those)\b/i;

/** Per turn, the one named recipient of the email message it is, when there is exactly one. */
function emailRecipientsByTurn(doc: SourceDocument, turnCount: number): (string | null)[] {
  if (doc.kind !== "email" || doc.messages.length !== turnCount) return [];
  return doc.messages.map((m) => {
    const to = m.to.map((a) => (a.name ? cleanPersonName(a.name) : "")).filter((n) => !!n && !isPlaceholderName(n));
    return to.length === 1 ? to[0]! : null;
  });
}

/** The non-owner who wrote most messages of a thread. */
function mainCorrespondent(doc: SourceDocument, ctx: ExtractContext): string | null {
  const counts = new Map<string, number>();
  for (const m of doc.messages) {
    const n = m.from.name ? cleanPersonName(m.from.name) : "";
    if (n && !isOwnerName(n, ctx) && !isPlaceholderName(n)) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}
