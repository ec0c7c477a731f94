import type { Sentence } from "./build-turns.ts";
import { ACTION_VERBS, DELIVERABLE_VERBS } from "./action-verbs.ts";
import { findConsultation } from "./consult-person.ts";
import { resolveObjectPronoun } from "./resolve-object-pronoun.ts";
import { partnerJustNamed, resolvePersonPronoun } from "./resolve-person-pronoun.ts";

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
  /** The action is written from a template ("meet with Dana", "schedule a follow-up call"): short by design, not a fragment. */
  templated?: boolean;
  /** For a templated action, where the words it was written from start in the sentence (their deadline is the task's). */
  triggerAt?: number;
};

/** Who says a sentence and to whom, as the caller knows it. */
export type Parties = {
  speakerOf(s: Sentence): string | null;
  addresseeOf(s: Sentence): string | null;
  /** Canonical name of a person named in the text, or null when the word is not a known person. */
  personNamed(word: string): string | null;
  /** Who an obligation of "we" ("we need to …") falls to when nobody is called on; the speaker when not given. */
  weOwnerOf?(s: Sentence): string | null;
};

/** "We need to …", "we have to …": an obligation the team states, not a plan or a proposal its speaker leads. */
const OBLIGATION = /^we(?:'ll| will| would|'d)?(?: still| really| also| definitely| just)?(?: need to| have to|'ve got to| got to| must| should)\b/i;

function weOwner(s: Sentence, parties: Parties): string | null {
  return parties.weOwnerOf ? parties.weOwnerOf(s) : parties.speakerOf(s);
}

const ADVERBS = "(?:(?:also|just|quickly|then|still|first|definitely|certainly|probably|actually|really|personally|now|go ahead and|go|try and|try to|make sure to|be sure to|be able to|start to|start|want to|need to|have to)\\s+)*";

/** What "we" must, should or propose to do. */
const WE_WEIGHT = 1.2;
/** A plain "we will": with a deliverable verb and a time it can still make a task ("we'll send you the deck by Friday"). */
const WE_WILL_WEIGHT = -1;

type Trigger = { re: RegExp; kind: CommitmentKind; weight: number };

const TRIGGERS: Trigger[] = [
  { re: new RegExp(`\\b(?:I'll|I will|I'm going to|I am going to|I'm gonna|I'll make sure to|I'll try to|I'm happy to|I'd be happy to|I can go|I promise to)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "self", weight: 2.2 },
  { re: new RegExp(`\\b(?:let me)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "self", weight: 2.0 },
  { re: new RegExp(`\\b(?:I need to|I have to|I've got to|I got to|I should|I must|I plan to|I'm planning to|I intend to|my action item is to|I owe you)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "self", weight: 1.6 },
  { re: new RegExp(`\\b(?:I want to|I'd like to|I would like to|I'm trying to|I am trying to|I'm working on|I'm planning on)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "self", weight: 1.2 },
  { re: new RegExp(`\\b(?:are you okay if I|is it okay if I|do you mind if I|would it help if I|should I)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "self", weight: 1.6 },
  { re: new RegExp(`\\b(?:I can|I could)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "self", weight: 0.9 },
  { re: new RegExp(`\\b(?:I(?: would|'d)? (?:suggest|recommend|propose)(?: that)?|my suggestion is(?: that)?) (?:you|we)(?: also)?(?: will| should| could)?\\s+${ADVERBS}([a-z]+)`, "i"), kind: "request", weight: 1.8 },
  { re: new RegExp(`\\b(?:can you|could you|would you|will you|would you mind|can you please|could you please|please|I need you to|I'd like you to|I want you to|I would like you to|if you could|do you mind|make sure you|don't forget to|feel free to)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "request", weight: 1.8 },
  { re: new RegExp(`\\b(?:you need to|you should|you'll need to|you have to|you'll want to)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "request", weight: 0.8 },
  // Imperative: "Send me the contact information."
  { re: new RegExp(`^(?:so\\s+|and\\s+|then\\s+|just\\s+)?(send|share|forward|email|schedule|book|invite|introduce|connect|ping|review|update|add|check|confirm|prepare|draft|write)\\b`, "i"), kind: "request", weight: 1.6 },
  { re: new RegExp(`\\b(?:we need to|we have to|we've got to|we must|we should|let's|let us|we plan to|we(?:'ll| will|'re going to| are going to|'re gonna) (?=(?:still |really |also |definitely |just )?(?:need to|have to|must|should)\\b))\\s*${ADVERBS}([a-z]+)`, "i"), kind: "we", weight: WE_WEIGHT },
  // "We'll bring 500 MW to market", "we're going to get there": what the team or company will do, a plan or a forecast more than a next step.
  { re: new RegExp(`\\b(?:we'll|we will|we're going to|we are going to|we're gonna)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "we", weight: WE_WILL_WEIGHT },
  // An offer: "do you want me to set up a call with Billy?" is the speaker's to do.
  { re: new RegExp(`\\b(?:do you want me to|would you like me to|you want me to|want me to)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "self", weight: 1.8 },
  { re: new RegExp(`\\b(?:you'll|you will|you're going to|you are going to)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "request", weight: 1.0 },
  { re: new RegExp(`\\b(?:we want to|we'd like to|we would like to|we're trying to|we are trying to|we're planning to|we are planning to)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "we", weight: 1.0 },
  // "Can we set up a track?", "should we loop in Ana?": a proposal to act together.
  { re: new RegExp(`\\b(?:can we|could we|should we|shall we|do we want to|why don't we)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "we", weight: 1.3 },
  // "The option is for me to create the justification", "it's on me to …".
  { re: new RegExp(`\\b(?:for me to|on me to|up to me to|I'm supposed to|I am supposed to|I'm responsible for|I'll be responsible for|on my (?:to-?do )?list (?:is )?to|on my plate (?:is )?to)\\s+${ADVERBS}([a-z]+)`, "i"), kind: "self", weight: 1.8 },
  // "The plan is to …", "the ask is to …", "the goal is to …".
  { re: /\b(?:the|our|my) (?:plan|ask|goal|idea|intent|proposal) (?:is|would be|will be) to\s+([a-z]+)/i, kind: "we", weight: 1.4 },
  { re: /\b(?:action items?|next steps?|to-?dos?|follow-?ups?)\b(?:\s+(?:is|are|will be|would be))?\s*(?:to\s+|:\s*|for\s+\w+\s+(?:is\s+)?to\s+)([a-z]+)/i, kind: "cue", weight: 1.8 },
];

/** Third person: "Asaf will send …", "Lior is going to …", "Nico to confirm …". */
const THIRD = new RegExp(`\\b([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)\\s+(?:will|'ll|is going to|is gonna|needs to|has to|should|is to|to|can|agreed to|offered to|promised to)\\s+${ADVERBS}([a-z]+)`);

/** "James, can we set up a track?", "Should we loop in Ana?": a proposal, a question only in form. */
const PROPOSAL = /^(?:(?:so|and|okay|ok|well|then)\s*,?\s+)?(?:[A-Z][a-z]+\s*,\s*)?(?:can|could|should|shall|why don't) we\b/i;

const CONDITIONAL = /\b(?:if|unless|whether|in case|assuming|once|when)\b/i;
/** The trigger is the verb of an if-clause: "if we want to …", "unless you can …". */
const CONDITION_OPENS = /\b(?:if|unless|in case|assuming)\s*$/i;
const REPORTED = /\b(?:said|say|says|told|tell|telling|asked|mentioned|thought|was|were|would)\b[^.]{0,25}$/i;
/** Someone's words acted out: "OpenAI's like, oh, I'm going to spend …". */
const QUOTED = /\b(?:(?:is|was|are|were|'s|'re)\s+like|goes|went)\s*,?\s*(?:(?:oh|hey|well|wow|okay|ok|yeah)\s*,?\s*)?$/i;
/** A promise inside a noun phrase: "the things we need to build", "the ability for me to hire". */
const EMBEDDED = /\b(?:things?|stuff|something|anything|everything|nothing|whatever|ability|opportunity|opportunities|reason|(?<!\b(?:by the|either|in a|no|one|any|the other)\s+)way)\s+(?:(?:that|which)\s+)?$/i;
/** A promise inside a question or a relative clause: "how do we want to send …", "is there anyone I can connect …". */
const WH_CLAUSE = /(?<!\b(?:that's|that is|this is|which is|here's|so)\s+)\b(?:how|what|why|where|which|who|whom|anyone|anybody|whoever|whatever)\s+(?:(?:do|does|did|can|could|should|would|will|shall)\s+)?$/i;
/** A verb of noticing with a that-clause reports a fact: "you'll find that Rick isn't deep in it". */
/** Asking the listener's opinion of one's own plan: "you think I can get the same performance …?". */
const OPINION_ASKED = /\b(?:(?:do|don't|did)\s+)?you\s+(?:think|reckon|believe|feel)\s+(?:that\s+)?$/i;
const THAT_CLAUSE = /^(?:find|note|see|notice|realize|realise|learn|hear|feel|say|mention|decide|agree)\s+(?:(?:(?:next|this|last)\s+\w+|today|tomorrow|later|soon|now|then|quickly|together)\s+)?that\s+(?!(?:deck|doc|document|file|list|page|link|email|note|one|report|sheet|slide|thread)\b)/i;
const POINTED_AT = /\b(?:below|above|attached|enclosed|here|in this (?:email|message|note|thread))\b[^.?!]{0,12}$/i;
const PREDICTED = /\byou(?:'ll| will| are going to|'re going to)\s+$/i;
const HANDED_OVER = /^get\s+(?:me|us|him|her|them)\b|\b(?:over|back)\s+to\b|\bto\s+[A-Z]/;
const NEGATION = /\b(?:won't|will not|can't|cannot|don't|do not|shouldn't|never|not going to|no need to|wouldn't)\b/i;
const BROKEN_OFF = /[\s,](?:but|and|or|so|because)\s*[.?!]?\s*$/i;
const HEDGE = /\b(?:maybe|probably|might|perhaps|possibly)\b/i;
const SOMEDAY = /\b(?:someday|one of these days|at some point|eventually|some time down the (?:road|line))\b/i;
const TIMING = /\b(?:today|tonight|tomorrow|this week|next week|end of (?:the )?(?:day|week|month)|monday|tuesday|wednesday|thursday|friday|by \w+|asap|right after|after (?:this|the) (?:call|meeting)|offline|later today|this afternoon|this morning)\b/i;
/** Verbs of talk that address the listener rather than name a task: "tell you", "ask you", "show you how". */
const CONVERSATIONAL =
  /^(?:tell|ask|show|promise|assure|remind|give|guarantee|think|take)\s+(?:you|him|her|them|us)\b(?!\s+know)|^walk\s+(?:you|him|her|them|us)(?:\s+guys)?\s+through\b|^introduce\s+(?:(?:a little|a bit|a little bit|briefly|quickly)\s+)?(?:what|how|who|why|where|myself|ourselves|yourself|yourselves)\b|^(?:think|talk|say|see)\s+(?:about|of|that|it|how|what|if|whether)\b|^(?:give (?:you |him |her |them )?(?:an? )?(?:example|sense|idea|background|overview|quick)|put it|put that|take it|take that|take a (?:random|step|second|minute|moment|break|stab)|share (?:my |the |your )?screen|get there|get back to (?:it|that|this)|let|ask (?:a|one|another) (?:quick |clarifying |dumb |naive )?question|let (?:you|him|her|them|me) go|work there|find out but|put on|be|do|go|note(?=,|\s+that\b))\b/i;
/** Answering, asking or summing up in the meeting itself ("let me answer your other point", "I'll ask your take", "let me summarize what we need"), or re-linking the call in progress ("let me send another Zoom link"). */
const IN_THE_MEETING =
  /^(?:answer|address)\s+(?:your|his|her|their|that|this|the)\s+(?:\w+\s+)?(?:question|point|comment)s?\b|^ask\s+(?:your|his|her|their)\s+(?:take|opinion|thoughts|view|views|perspective)\b|^(?:summarize|summarise|recap)\s+(?!(?:the|our|this|that)\s+(?:notes|minutes|call|meeting|discussion)\b)|^(?:(?:send|drop|post|paste|share)\s+(?:you\s+|us\s+)?(?:another|a new|a fresh)\s+(?:zoom|teams|webex|meet|meeting|call)\s+link|start\s+(?:a|another)\s+new\s+(?:meeting|call|zoom|session))\b/i;
/** Steering the meeting itself: "let me pull up the deck", "can you open that file?", "spend the last 10 minutes on …". */
const ON_SCREEN =
  /^(?:pull up|bring up|open (?:up )?(?:that|this|the|my|your) (?:file|doc|document|deck|slide|slides|tab|page|link|spreadsheet|sheet)|close (?:the|this) (?:webinar|call|meeting|session)|stop (?:sharing|recording)|share (?:my|your|the) screen|go back to (?:the|that) (?:slide|page|deck)|spend (?:like )?(?:the |a )?(?:last |next |first |remaining |few |couple (?:of )?)*(?:\d+ |few |five |ten |fifteen )?minutes)\b/i;
/** Things made to be handed over or shown: a "build" with one of these for object is a deliverable. */
const ARTIFACT = /\b(?:deck|slides?|BOM|bill of materials|list|doc|document|spreadsheet|sheet|table|diagram|plan|proposal|model|demo|POC|prototype|report|page|wiki|presentation|matrix|comparison)\b/i;
const VAGUE_OBJECT =
  /^(?:it|that|this|them|you|so|there|here|things|something|anything|one|more|sure|about it|about that|that out|it out|back|on|in|up|a look|a pass|a first pass|a first pass at it|a stab at it|an example|a note|a second|a moment|some time|the time)\b\s*(?:at it|on it|for it|for that)?\s*[.?!]?$/i;

/**
 * Find commitments ("I'll send the deck"), requests ("can you review it") and assignments
 * ("Asaf will follow up") in cleaned sentences. Owner: the speaker for a commitment, the person
 * asked for a request, the person named for an assignment; "we" is the speaker's.
 */
export function detectCommitments(sentences: Sentence[], parties: Parties, options: { written?: boolean } = {}): Commitment[] {
  const out: Commitment[] = [];
  sentences.forEach((s, i) => {
    let main = firstTrigger(s, parties, sentences[i - 1]) ?? (options.written ? writtenItem(s, parties) : null);
    // "I think you should go talk to Dana": the person to see is the task, in place of the verb phrase.
    const consult = consultation(s, parties);
    const replaces = consult && (!main || main.triggerAt >= consult.triggerAt);
    if (replaces) main = consult;
    // "… feel free to schedule another call, and I'll send you the page": the meeting is a task too.
    const meeting = followUpMeeting(s, parties) ?? visit(s, parties);
    for (const found of [main, meeting && main?.verb !== "schedule" ? meeting : null, replaces ? null : consult]) {
      if (!found) continue;
      const { kind, weight, verb, triggerAt, owner } = found;
      const before = s.text.slice(0, triggerAt);
      // "Below you'll find the recording", "attached you will see the deck": where to look, never a task.
      if ((verb === "find" || verb === "see") && POINTED_AT.test(before)) continue;
      const checked = withContext(found.action, verb, before, sentences[i - 1]);
      // "Could you send me the address?" / "Sure, I'll send that": "that" is the request, which is a
      // task of its own; the reply is not rewritten with some other noun phrase.
      const accepting = answersRequest(s, sentences[i - 1]);
      const resolved = accepting ? checked : resolveObjectPronoun(checked, [before, ...previousInTurn(sentences, i)]);
      const action = resolvePeople(resolved, before, sentences.slice(Math.max(0, i - 2), i).reverse(), parties, parties.speakerOf(s));
      const addressee = parties.addresseeOf(s);
      let score = weight;
      // "We need to build a solution that fits many customers": building the product is the team's
      // standing work, not a next step; building a deck, a BOM or a plan is.
      if (DELIVERABLE_VERBS.has(verb)) score += verb === "build" && !ARTIFACT.test(action) ? -1 : 1;
      if (TIMING.test(s.text)) score += 1.2;
      if (VAGUE_OBJECT.test(action.slice(verb.length).trim())) score -= 2;
      if (CONVERSATIONAL.test(action)) score -= 3;
      if (ON_SCREEN.test(action)) score -= 2;
      if (IN_THE_MEETING.test(action)) score -= 3;
      // "If Suresh is coming or not, I'll check": the if-clause is what is checked, not a condition.
      const asked = checked !== found.action && /^\S+ whether /.test(checked);
      if (CONDITIONAL.test(before) && !asked) score -= 1.2;
      // "If we want to connect it into X, we should …": the promise is the condition itself, not a plan.
      if (CONDITION_OPENS.test(before) && !asked) score -= 1.5;
      if (REPORTED.test(before)) score -= 1.5;
      if (QUOTED.test(before)) score -= 3;
      if (EMBEDDED.test(before) || WH_CLAUSE.test(before) || OPINION_ASKED.test(before)) score -= 2;
      if (THAT_CLAUSE.test(action)) score -= 2;
      // "You'll get about 3 ms to first byte": what the listener will receive, a prediction.
      // "You'll get the contract to Marco" hands something over and stays.
      if (verb === "get" && PREDICTED.test(s.text.slice(0, s.text.length - action.length)) && !HANDED_OVER.test(action)) score -= 2;
      if (NEGATION.test(before.slice(-20)) || NEGATION.test(s.text.slice(triggerAt, triggerAt + 30))) score -= 2.5;
      if (HEDGE.test(s.text)) score -= 0.5;
      // "I'll get the storage to market, but": the speaker broke off, and what was meant was never said.
      if (BROKEN_OFF.test(s.text)) score -= 1.5;
      // "I'll save it for a drink someday": no time at all is a polite way of not doing it.
      if (SOMEDAY.test(s.text)) score -= 2.5;
      if (/\?\s*$/.test(s.text) && kind !== "request" && !PROPOSAL.test(s.text)) score -= 1.2;
      if (kind === "request" && !/\?\s*$/.test(s.text) && /\byou (?:should|need to|have to|want to|might want to)\b/i.test(s.text)) score -= 0.4;
      if (s.wordCount > 30) score -= 0.5;
      if (s.wordCount > 45) score -= 0.8;
      if (s.position > 0.8) score += 0.5;
      out.push({ sentence: s, kind, owner, addressee, action, verb, score, ...(found.templated ? { templated: true, triggerAt } : {}) });
    }
  });
  return out;
}

/** "You should talk to Dana" → "meet Dana", the listener's; "I'll connect you with Priya" → the speaker's. */
function consultation(s: Sentence, parties: Parties): Found | null {
  const c = findConsultation(s.text, (word) => parties.personNamed(word) !== null);
  if (!c) return null;
  const speaker = parties.speakerOf(s);
  const found = { weight: CONSULT_WEIGHT, verb: c.verb, action: c.action, triggerAt: c.at, templated: true };
  if (c.subject === "you") return { ...found, kind: "request", owner: parties.addresseeOf(s) };
  if (c.subject === "I") return { ...found, kind: "self", owner: speaker };
  return { ...found, kind: "we", owner: calledOn(s, parties) ?? weOwner(s, parties) };
}
const CONSULT_WEIGHT = 2.0;

/**
 * A trip the speaker announces with its dates or a plan to meet: "I'll be in Tel Aviv the 23rd
 * through 26th, so we'll find some time face-to-face" → "meet in person in Tel Aviv".
 */
const TRIP =
  /\b(?:I'll be|I will be|I'm going to be|I'm gonna be|I am going to be|we'll be|I'm coming|I'm going|I'm heading|I'm flying|I'm traveling|I'm travelling|I'll come|I'll fly|I'll travel)\s+(?:out\s+|over\s+|down\s+|up\s+|back\s+)?(?:in|to)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b/;
const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** The dates of the trip, just after the place: "in Tel Aviv the 23rd through 26th of November". */
const TRIP_DATES = /^[^.;?!,]{0,12}?\b(?:\d{1,2}(?:st|nd|rd|th)\b|(?:January|February|March|April|June|July|August|September|October|November|December)\b|next (?:week|month)\b)/;
/** A plan to meet there, anywhere after the place. */
const TRIP_MEETING = /\b(?:face[- ]to[- ]face|in person|meet|get together|sit down|catch up)\b/i;

function visit(s: Sentence, parties: Parties): Found | null {
  const m = TRIP.exec(s.text);
  if (!m || MONTH_OR_DAY.test(m[1]!) || parties.personNamed(m[1]!.split(" ")[0]!)) return null;
  const after = s.text.slice(m.index + m[0].length);
  if (!TRIP_DATES.test(after) && !TRIP_MEETING.test(after)) return null;
  return { kind: "self", weight: 2, verb: "meet", action: `meet in person in ${m[1]!}`, triggerAt: m.index, owner: parties.speakerOf(s), templated: true };
}

/**
 * Another meeting proposed: "next week we can do another one", "feel free to schedule another
 * call", "he wanted to have a follow-up call with Jay" → "schedule a follow-up call (with Jay)".
 */
const FOLLOW_UP_MEETING =
  /\b(?:(?:we|I)(?:'ll| will| can| could| should| need to| want to| would like to|'d like to)|(let's|let us|feel free to|can you|could you|can we|should we|wants? to|wanted to|happy to))\s+(?:just\s+|go ahead and\s+|try to\s+)?(?:do|have|schedule|set up|setup|book|arrange|plan|organize)\s+(?:another|a follow[- ]?up|a second|a further)\s+(one|call|meeting|session|sync|1:1|one-on-one|conversation|chat|discussion)\b(?!\s+of\b)(?:\s+with\s+([a-z]+))?/i;

/** "We'll find a time next week": another meeting, put as finding the time for it. */
const FIND_TIME_AGAIN =
  /\b(?:(?:we|I)(?:'ll| will| can| could| should)|let's|let us)\s+(?:try to\s+|just\s+)?find\s+(?:a|some)\s+(?:time|slot)\s+(?:(?:early|later)\s+)?(?:next week|this week|tomorrow|on (?:Monday|Tuesday|Wednesday|Thursday|Friday))\b/i;

function followUpMeeting(s: Sentence, parties: Parties): Found | null {
  const again = FIND_TIME_AGAIN.exec(s.text);
  if (again) return { kind: "we", weight: 1.6, verb: "schedule", action: "schedule a follow-up meeting", triggerAt: again.index, owner: calledOn(s, parties) ?? parties.speakerOf(s), templated: true };
  const m = FOLLOW_UP_MEETING.exec(s.text);
  if (!m) return null;
  const noun = m[2]!.toLowerCase() === "one" ? "meeting" : m[2]!.toLowerCase();
  const who = m[3] && /^[A-Z][a-z]+$/.test(m[3]) ? ` with ${m[3]}` : "";
  const asked = /^(?:feel free to|can you|could you)$/i.test(m[1] ?? "");
  const owner = asked ? parties.addresseeOf(s) : (calledOn(s, parties) ?? parties.speakerOf(s));
  return { kind: asked ? "request" : "we", weight: 1.6, verb: "schedule", action: `schedule a follow-up ${noun}${who}`, triggerAt: m.index, owner, templated: true };
}

/** `s` opens a new turn right after a request put to someone ("can you …?", "could you please …?"). */
export function answersRequest(s: Sentence, previous: Sentence | undefined): boolean {
  return !!previous && previous.turn !== s.turn && /\b(?:can|could|would|will) you\b[^?]*\?\s*$/i.test(previous.text);
}

/** The one or two sentences just before sentence `i`, nearest first. */
function previousInTurn(sentences: Sentence[], i: number): string[] {
  return sentences.slice(Math.max(0, i - 2), i).reverse().map((s) => s.text);
}

/** Verbs whose object is often left unsaid: "… if Suresh is coming. I'll check." */
const CHECKING = new Set(["check", "confirm", "verify", "ask", "find", "figure", "look", "see", "follow"]);

/**
 * "I'll check." says nothing alone: when a checking verb has no object, the open question just
 * before it (an if/whether clause in the sentence, or the previous question) becomes its object.
 */
function withContext(action: string, verb: string, before: string, previous: Sentence | undefined): string {
  const rest = action.slice(verb.length).replace(/^\s*(?:out|into it|into that|up|on that|on it|it|that|this)?\s*(?:for you)?[\s.!?]*$/i, "");
  if (!CHECKING.has(verb) || rest.length > 0) return action;
  // The last if/whether clause is the question: "if we meet, I don't know if Suresh is coming or not, I'll check".
  const clause = /^.*\b(?:if|whether)\s+([^,;]{8,})[,;]?\s*$/i.exec(before)?.[1];
  if (clause) return `${verb} whether ${clause.replace(/\s+or not$/i, "")}`;
  const q = previous && /\?\s*$/.test(previous.text) ? previous.text.replace(/\?\s*$/, "") : null;
  const inverted = q && /^(can|could|will|would|is|are|should|has|have)\s+(we|they|you|he|she|it|I)\s+(.+)$/i.exec(q);
  if (inverted) return `${verb} whether ${inverted[2]} ${inverted[1]!.toLowerCase()} ${inverted[3]}`;
  const doQ = q && /^(?:do|does|did)\s+(we|they|you|he|she|it|I)\s+(.+)$/i.exec(q);
  if (doQ) return `${verb} whether ${doQ[1]} ${doQ[2]}`;
  return action;
}

type Found = { kind: CommitmentKind; weight: number; verb: string; action: string; triggerAt: number; owner: string | null; templated?: boolean };

/**
 * Written notes state tasks tersely, one per line: "Follow up with Microsoft on pricing",
 * "Need updated deck for the RFP", "SKU change request due Friday". Such a short line is a task
 * for whoever the message is addressed to.
 */
function writtenItem(s: Sentence, parties: Parties): Found | null {
  if (s.wordCount > 16 || /\?\s*$/.test(s.text)) return null;
  const first = /^([A-Za-z]+)\b/.exec(s.text)?.[1]?.toLowerCase() ?? "";
  const owner = parties.addresseeOf(s);
  if (ACTION_VERBS.has(first) && !["let", "think", "tell"].includes(first) && s.wordCount >= 3) {
    return { kind: "request", weight: 1.8, verb: first, action: s.text, triggerAt: 0, owner };
  }
  if (/^(?:need|needs)\s+\S+\s+\S+/i.test(s.text) || /\bdue\s+(?:by\s+|on\s+)?\w+/i.test(s.text)) {
    return { kind: "cue", weight: 1.8, verb: first, action: s.text, triggerAt: 0, owner };
  }
  return null;
}

/** A meeting already planned: "I have a call with MAI on Friday" is the speaker's to attend. */
const SCHEDULED =
  /\b(?:I have|I've got|I got|we have|we've got|I'm having|we're having|there's|there is)\s+(?:(?:a|an|the|another|our)\s+(?:meeting|call|sync|session|chat|catch-up|1:1|one-on-one|review|workshop|demo|briefing|dinner|lunch|breakfast|coffee)|lunch|dinner|breakfast|coffee|drinks)\s+((?:with|at|about|on)\s+[^,;.?!]{3,60})/i;

/**
 * What is said of a meeting stops where a second action starts: "a call with the data team tomorrow
 * and put you all on the invite" is the call with the data team.
 */
function withoutNextStep(what: string): string {
  const next = /\s+(?:and|but|so)\s+([a-z]+)\s+(?:you|him|her|them|me|us|it|the|a|an|this|that|my|your|our|their|everyone|everybody)\b/i.exec(what);
  return next && ACTION_VERBS.has(next[1]!.toLowerCase()) ? what.slice(0, next.index) : what;
}

/** The person a sentence opens by calling on: "James, can we set up a track?" → James's to do. */
function calledOn(s: Sentence, parties: Parties): string | null {
  const m = /^([A-Z][a-z]+)\s*,/.exec(s.raw.replace(/^(?:so|and|okay|ok|hey|well)\s*,?\s+/i, ""));
  const person = m ? parties.personNamed(m[1]!) : null;
  return person && person !== parties.speakerOf(s) ? person : null;
}

/**
 * "Tzu and me, we're going to find out the plan": in a voice nobody labelled, the partner the
 * speaker names is the one owner the text gives.
 */
function partnerOf(s: Sentence, parties: Parties): string | null {
  if (s.speaker !== null) return null;
  const m = /\b([A-Z][a-z]+) and (?:I|me|myself)\b/.exec(s.text);
  return m ? parties.personNamed(m[1]!) : null;
}

/**
 * A need the team states rather than a promise: "we need three vendors", "we still need sign-off
 * from legal". Its object is the task, with a generic verb; weaker than a commitment.
 */
const WE_NEED =
  /\bwe (?:still |really |also |definitely |will |'ll |would |'d |do |just )?need (?!to\b|is\b|was\b|like\b|what\b|it\b|that\b|this\b|them\b|something\b|anything\b|everything\b|you\b)((?:a|an|the|some|more|another|two|three|four|five|\d+|[a-z]+)\b)/i;
const NEED_WEIGHT = 1.2;

/** "he'll send …", "she is going to …": an assignment to the person just named. */
const HE_WILL = new RegExp(`\\b(?:he|she)(?:'ll| will| is going to|'s going to| is gonna|'s gonna| needs to| has to| agreed to| offered to| promised to)\\s+${ADVERBS}([a-z]+)`, "i");

/**
 * "Set up a call with him" → "… with Marco": an object "him"/"her" is the person just named; "check
 * with him/them" after "we're working with Gal's team" is that team.
 */
function resolvePeople(action: string, before: string, previous: Sentence[], parties: Parties, speaker: string | null): string {
  if (!/\b(?:him|her|them)\b/i.test(action)) return action;
  const named = [...action.matchAll(/\b[A-Z][a-z]+\b/g)].map((m) => parties.personNamed(m[0]));
  const person = personJustNamed(before, previous, parties, [speaker, ...named]);
  const byName = resolvePersonPronoun(action, person ? person.split(/\s+/)[0]! : null);
  if (byName !== action) return byName;
  const partner = /\bwith\s+(?:him|her|them)\b/i.test(action) ? partnerJustNamed([before, ...previous.map((p) => p.text)]) : null;
  return partner ? action.replace(/\bwith\s+(?:him|her|them)\b/i, `with ${partner}`) : action;
}

/**
 * The last person named in `before` or, failing that, in the sentences just before (nearest first),
 * other than the speaker and the people the action already names.
 */
function personJustNamed(before: string, previous: Sentence[], parties: Parties, exclude: (string | null)[] = []): string | null {
  for (const text of [before, ...previous.map((p) => p.text)]) {
    const names = [...text.matchAll(/\b[A-Z][a-z]+\b/g)].map((m) => parties.personNamed(m[0])).filter((n): n is string => !!n && !exclude.includes(n));
    if (names.length > 0) return names[names.length - 1]!;
  }
  return null;
}

function firstTrigger(s: Sentence, parties: Parties, previous?: Sentence): Found | null {
  let best: Found | null = null;
  const speaker = parties.speakerOf(s);
  const planned = SCHEDULED.exec(s.text);
  if (planned && !/\b(?:had|was|last)\b/i.test(s.text.slice(0, planned.index))) {
    best = { kind: "self", weight: 1.8, verb: "meet", action: `meet ${withoutNextStep(planned[1]!)}`, triggerAt: planned.index, owner: speaker };
  }
  for (const t of TRIGGERS) {
    // "I'll tag you in, I'll send you the doc": the first promise of an action verb, not just the first promise.
    const m = firstWithActionVerb(t.re, s.text);
    if (!m) continue;
    const verb = m[1]!.toLowerCase();
    const verbAt = m.index + m[0].length - m[1]!.length;
    const owner = t.kind === "request" ? parties.addresseeOf(s) : t.kind === "we" ? (calledOn(s, parties) ?? partnerOf(s, parties) ?? (OBLIGATION.test(m[0]) ? weOwner(s, parties) : speaker)) : speaker;
    // "Quon and me, we're going to define the plan": two people named, not the company's forecast.
    const weight = t.weight === WE_WILL_WEIGHT && partnerOf(s, parties) ? WE_WEIGHT : t.weight;
    const cand: Found = { kind: t.kind, weight, verb, action: s.text.slice(verbAt), triggerAt: m.index, owner };
    if (!best || cand.weight > best.weight) best = cand;
  }
  const need = best ? null : WE_NEED.exec(s.text);
  if (need) {
    // "We need three vendors for the drives" → "Get three vendors for the drives".
    const object = s.text.slice(need.index + need[0].length - need[1]!.length);
    // "we need the ability to persist the data" → "persist the data".
    const able = /^(?:the )?(?:ability|capability|way) to ([a-z]+)\b/i.exec(object);
    const [verb, action] = able ? [able[1]!.toLowerCase(), object.slice(able[0].length - able[1]!.length)] : ["get", `get ${object}`];
    best = { kind: "we", weight: NEED_WEIGHT, verb, action, triggerAt: need.index, owner: calledOn(s, parties) ?? partnerOf(s, parties) ?? weOwner(s, parties) };
  }
  const pronoun = HE_WILL.exec(s.text);
  if (pronoun && (!best || best.weight < 2)) {
    const verb = pronoun[1]!.toLowerCase();
    const person = ACTION_VERBS.has(verb) ? personJustNamed(s.text.slice(0, pronoun.index), previous ? [previous] : [], parties) : null;
    if (person) {
      const verbAt = pronoun.index + pronoun[0].length - pronoun[1]!.length;
      best = { kind: "third", weight: 1.6, verb, action: s.text.slice(verbAt), triggerAt: pronoun.index, owner: person };
    }
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

const globalCopies = new Map<RegExp, RegExp>();

/** The first match of `re` in `text` whose captured verb is an action verb. */
function firstWithActionVerb(re: RegExp, text: string): RegExpExecArray | null {
  let g = globalCopies.get(re);
  if (!g) globalCopies.set(re, (g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`)));
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (ACTION_VERBS.has(m[1]!.toLowerCase())) return m;
    if (m[0].length === 0) g.lastIndex++;
  }
  return null;
}
