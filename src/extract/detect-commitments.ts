import type { Sentence } from "./build-turns.ts";
import { ACTION_VERBS, DELIVERABLE_VERBS } from "./action-verbs.ts";

export type CommitmentKind = "self" | "we" | "request" | "third" | "cue";

/** A sentence that promises or asks for an action, with who should do it. */
export type Commitment = {
  sentence: Sentence;
  kind: CommitmentKind;
  /** The person who should act (full name or the owner's name), or null when nobody can be named. */
  owner: string | null;
  /** Who the sentence is said to, when known: the "you" of the sentence. */
  addressee: string | null;
  /** The verb phrase, from the action verb to the end of the sentence. */
  action: string;
  /** The action verb in base form. */
  verb: string;
  /** Heuristic strength; higher is more likely a real task. */
  score: number;
};

/** Who says a sentence and to whom, as the caller knows it. */
export type Parties = {
  speakerOf(s: Sentence): string | null;
  addresseeOf(s: Sentence): string | null;
  /** Canonical name of a person named in the text, or null when the word is not a known person. */
  personNamed(word: string): string | null;
};

const ADVERBS = "(?:(?:also|just|quickly|then|still|first|definitely|certainly|probably|actually|really|personally|now|go ahead and|go|try and|try to|make sure to|make sure i|be sure to|be able to|start to|start|want to|need to|have to)\\s+)*";

type Trigger = { re: RegExp; kind: CommitmentKind; weight: number };

const TRIGGERS: Trigger[] = [
  { re: new RegExp(`\\b(?:I'll|I will|I'm going to|I am going to|I'm gonna|I'll make sure to|I'll try to|I'm happy to|I'd be happy to|I can go|I promise to)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "self", weight: 2.2 },
  { re: new RegExp(`\\b(?:let me)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "self", weight: 2.0 },
  { re: new RegExp(`\\b(?:I need to|I have to|I've got to|I got to|I should|I must|I plan to|I'm planning to|I intend to|my action item is to|I owe you)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "self", weight: 1.6 },
  { re: new RegExp(`\\b(?:I can|I could|I want to|I'd like to|I would like to)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "self", weight: 0.9 },
  { re: new RegExp(`\\b(?:can you|could you|would you|will you|would you mind|can you please|could you please|please|I need you to|I'd like you to|I want you to|I would like you to|if you could|do you mind|make sure you|don't forget to|feel free to)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "request", weight: 1.8 },
  { re: new RegExp(`\\b(?:you need to|you should|you'll need to|you have to|you'll want to)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "request", weight: 0.8 },
  // Imperative: "Send me the contact information."
  { re: new RegExp(`^(?:so\\s+|and\\s+|then\\s+|just\\s+)?(send|share|forward|email|schedule|book|invite|introduce|connect|ping|review|update|add|check|confirm|prepare|draft|write)\\b`, "i"), kind: "request", weight: 1.6 },
  { re: new RegExp(`\\b(?:we'll|we will|we're going to|we are going to|we're gonna|we need to|we have to|we've got to|we must|we should|let's|let us|we plan to)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "we", weight: 1.2 },
  { re: /\b(?:action items?|next steps?|to-?dos?|follow-?ups?)\b(?:\s+(?:is|are|will be|would be))?\s*(?:to\s+|:\s*|for\s+\w+\s+(?:is\s+)?to\s+)([a-z]+)/i, kind: "cue", weight: 1.8 },
];

/** Third person: "Asaf will send …", "Lior is going to …", "Nico to confirm …". */
const THIRD = new RegExp(`\\b([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)\\s+(?:will|'ll|is going to|is gonna|needs to|has to|should|is to|to|can|agreed to|offered to|promised to)\\s+${ADVERBS}([a-z]+)`);

const CONDITIONAL = /\b(?:if|unless|whether|in case|assuming|once|when)\b/i;
const REPORTED = /\b(?:said|say|says|told|tell|telling|asked|mentioned|thought|was|were|would)\b[^.]{0,25}$/i;
const NEGATION = /\b(?:won't|will not|can't|cannot|don't|do not|shouldn't|never|not going to|no need to|wouldn't)\b/i;
const HEDGE = /\b(?:maybe|probably|might|perhaps|possibly|someday|at some point|eventually)\b/i;
const TIMING = /\b(?:today|tonight|tomorrow|this week|next week|end of (?:the )?(?:day|week|month)|monday|tuesday|wednesday|thursday|friday|by \w+|asap|right after|after (?:this|the) (?:call|meeting)|offline|later today|this afternoon|this morning)\b/i;
/** Verbs of talk that address the listener rather than name a task: "tell you", "ask you", "show you how". */
const CONVERSATIONAL = /^(?:tell|ask|show|promise|assure|remind|give|guarantee|think|take)\s+(?:you|him|her|them|us)\b(?!\s+know)|^(?:think|talk|say|see)\s+(?:about|of|that|it|how|what|if|whether)\b|^(?:give you an example|put it|put that|take it|take that)\b|^(?:be|do)\b/i;
const VAGUE_OBJECT = /^(?:it|that|this|them|you|so|there|here|things|something|anything|one|more|sure|about it|about that|that out|it out|back|on|in|up|a look)\b\s*[.?!]?$/i;

/**
 * Find commitments ("I'll send the deck"), requests ("can you review it") and assignments
 * ("Asaf will follow up") in cleaned sentences. Owner: the speaker for a commitment, the person
 * asked for a request, the person named for an assignment; "we" is the speaker's.
 */
export function detectCommitments(sentences: Sentence[], parties: Parties): Commitment[] {
  const out: Commitment[] = [];
  for (const s of sentences) {
    const found = firstTrigger(s, parties);
    if (!found) continue;
    const { kind, weight, verb, action, triggerAt, owner } = found;
    const before = s.text.slice(0, triggerAt);
    const addressee = parties.addresseeOf(s);
    let score = weight;
    if (DELIVERABLE_VERBS.has(verb)) score += 1;
    if (TIMING.test(s.text)) score += 1.2;
    if (VAGUE_OBJECT.test(action.slice(verb.length).trim())) score -= 2;
    if (CONVERSATIONAL.test(action)) score -= 3;
    if (CONDITIONAL.test(before)) score -= 1.2;
    if (REPORTED.test(before)) score -= 1.5;
    if (NEGATION.test(before.slice(-20)) || NEGATION.test(s.text.slice(triggerAt, triggerAt + 30))) score -= 2.5;
    if (HEDGE.test(s.text)) score -= 0.5;
    if (/\?\s*$/.test(s.text) && kind !== "request") score -= 1.2;
    if (kind === "request" && !/\?\s*$/.test(s.text) && /\byou (?:should|need to|have to|want to|might want to)\b/i.test(s.text)) score -= 0.4;
    if (s.wordCount > 30) score -= 0.5;
    if (s.wordCount > 45) score -= 0.8;
    if (s.position > 0.8) score += 0.5;
    out.push({ sentence: s, kind, owner, addressee, action, verb, score });
  }
  return out;
}

type Found = { kind: CommitmentKind; weight: number; verb: string; action: string; triggerAt: number; owner: string | null };

function firstTrigger(s: Sentence, parties: Parties): Found | null {
  let best: Found | null = null;
  const speaker = parties.speakerOf(s);
  for (const t of TRIGGERS) {
    const m = t.re.exec(s.text);
    if (!m) continue;
    const verb = m[1]!.toLowerCase();
    if (!ACTION_VERBS.has(verb)) continue;
    const verbAt = m.index + m[0].length - m[1]!.length;
    const owner = t.kind === "request" ? parties.addresseeOf(s) : speaker;
    const cand: Found = { kind: t.kind, weight: t.weight, verb, action: s.text.slice(verbAt), triggerAt: m.index, owner };
    if (!best || cand.weight > best.weight) best = cand;
  }
  const third = THIRD.exec(s.text);
  if (third) {
    const person = parties.personNamed(third[1]!);
    const verb = third[2]!.toLowerCase();
    if (person && ACTION_VERBS.has(verb) && (!best || best.weight < 2)) {
      const verbAt = third.index + third[0].length - third[2]!.length;
      best = { kind: "third", weight: 2.0, verb, action: s.text.slice(verbAt), triggerAt: third.index, owner: person };
    }
  }
  return best;
}
