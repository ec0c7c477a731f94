import type { Sentence, Turn } from "./build-turns.ts";
import { looksLikeFragment } from "./compress-sentence.ts";
import { informativeWords } from "./content-words.ts";
import { rewriteDecision } from "./rewrite-decision.ts";

/**
 * `accepted`: a proposal the other side agreed to; `strong`: the words themselves report a decision or a scope change;
 * `agreed`: it reads as what the meeting settled (accepted, reported, or a choice or plan said plainly by the group),
 * not a leaning, a preference of one speaker or a direction ("rather than", "no longer").
 */
export type Decision = { sentence: Sentence; text: string; score: number; accepted: boolean; strong: boolean; agreed: boolean };

/** Cue weight from which the words choose or settle a plan ("let's go with", "the plan is"). */
const CHOOSING = 2.2;

/** `strong`: the words report a decision outright, rather than propose or lean towards one. */
/** `whole`: the cue sits after the subject it is about ("SMB scale is deferred to 5.6"), so the whole sentence is kept. */
type Cue = { re: RegExp; weight: number; strong?: boolean; whole?: boolean };

/** Words that report or make a decision, strongest first. */
const CUES: Cue[] = [
  // Reported outright: "we agreed", "we decided to", "the decision is".
  { re: /\b(?:we(?:'ve| have)? (?:all )?(?:agreed|decided|aligned|settled)|(?:it's|it is|that's) (?:agreed|decided)|agreed (?:to|that|on)|the decision (?:is|was)|decision is to|(?<!\b(?:ensure|sure|so that|until|once|if) )we(?:'re| are) aligned)\b/i, weight: 3, strong: true },
  // Choosing: "let's go with", "we're going with", "we'll stick with", "I prefer".
  { re: /\b(?:let's|let us|we'll|we will|we're going to|we are going to) (?:go with|stick with|keep|use|move forward with|proceed with|focus on|prioriti[sz]e|defer|hold off|split|lead with|start with the|target|pursue)\b|\b(?:we(?:'re| are)|we'll be) going with\b|\b(?:we chose|we picked|we prefer|we'd rather)\b/i, weight: 2.6 },
  { re: /\b(?:I prefer|I'd prefer|I would prefer|I'd rather)\b/i, weight: 1.8 },
  // Scope and schedule changes: "deferred to 5.6", "moved to Q2", "added to 5.5", "not part of 5.5".
  // Not a goal ("our focus is to move to 5.3") nor a relative clause describing someone ("developers that are out of 5.4").
  { re: /(?<!\bto )\b(?:deferred|defer|moved|move|pushed|push|postponed|slipped|shifted|added|pulled in|dropped|cut|descoped|removed)(?: it| them| this| that)? (?:to|from|in|into|out of|until|for) (?:v?\d|q[1-4]\b|next|the next|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)|(?<!\b(?:that|who|which) )\b(?:is|are|was|were|will be)(?: not)?(?: only| also| now| already)? (?:part of|in|included in|out of|in scope for|out of scope for) (?:v?\d+(?:\.\d+)?\b|scope\b)/i, weight: 2.6, strong: true, whole: true },
  // Plans stated as settled: "the plan is to", "going forward we".
  { re: /\b(?:the plan is|plan is to|our plan is|the approach is|the strategy is|going forward,? we|from now on,? we|moving forward,? we)\b/i, weight: 2.2 },
  // Priorities set: "the marketplace offer is a P0", "UK first, as our top priority".
  { re: /\b(?:is|as) (?:a|the|our) (?:P0|P1|first priority|top priority)\b/i, weight: 2.2 },
  // Options ruled out: "partial licensing is no longer an option", "the GPU SKU is off the table".
  { re: /\b(?:is|are)(?: now)? (?:no longer (?:an option|on the table|supported|offered|planned|in scope)|off the table)\b/i, weight: 2.2 },
  // Directions: "we'll run both in parallel", "dual track", "rather than".
  { re: /\b(?:in parallel|dual[- ]track|two tracks|first priority|top priority|deprioriti[sz]e|instead of|rather than)\b/i, weight: 1.2 },
  // Proposals from "let's" that the room goes along with.
  { re: /\b(?:let's|let us) (?:do|have|make|put|take|set|schedule|plan|add|include|keep|try|get|build|create|split|move|use|go)\b/i, weight: 1.4 },
  { re: /\b(?:we won't|we will not|we're not going to|we are not going to|we don't want to|we shouldn't|we(?:'ll|'re| will| are)? no longer)\b/i, weight: 1.2 },
  // Commitments of the group: "we have to have a dual track", "the goal should be to connect".
  { re: /\b(?:we (?:have to|need to|must|should) (?:have|keep|use|focus|lead|ship|offer|support|treat|include|target|pursue|prioriti[sz]e|run|set up|establish|avoid|defer)|the goal (?:is|should be)|our (?:goal|focus|priority) (?:is|should be)|since we(?:'re| are) going with|(?:the|a) (?:dual|separate|parallel) track|that's the way (?:you|we) (?:lead|go)|the path we should)\b/i, weight: 1.5 },
  // Who moves where: "he's going into ProServe working for Rob", "she'll report to Amy".
  { re: /\b(?:he|she|they)(?:'s| is|'ll| will| are|'re) (?:going to |gonna )?(?:go into|move to|moving to|join (?:the|our|his|her|their) \w+ team|report to|reporting to|take over|transition to)\b/i, weight: 1.4 },
];

/** A reply that accepts what was just proposed. */
const AGREEMENT =
  /^(?:yes|yeah|yep|agreed|I agree|sounds good|sounds great|makes sense|that makes sense|perfect|exactly|absolutely|definitely|of course|sure|100(?: percent|%)?|that works|works for me|let's do (?:it|that)|I'm with you|I like (?:it|that)|good idea|great idea|fair enough|okay,? (?:great|perfect|good|sounds good|let's do it)|totally|for sure)\b/i;

/** A speaker agreeing before saying what to do: "I agree, let's run both tracks", "Yeah, I agree with Dana, we need …". */
const AGREEING = /^(?:(?:yeah|yes|okay|ok|so|well|and|I mean|absolutely|totally)[,.]?\s+)*I (?:totally |completely |fully |really )?agree(?: with (?:you|that|this|him|her|them|[A-Z][a-z]+))?(?: on (?:that|this))?[,.;:]?\s+/i;

const PROPOSAL = /\b(?:let's|let us|we should|why don't we|how about|I suggest|I'd suggest|I propose|I recommend|I'd recommend|my recommendation)\b/i;
/** A proposal put as a question: "can we set up a separate track?", "are you okay if I book a weekly sync?". */
const ASKED = /\b(?:(?:can|could|should|shall) we|(?:are you|is it|would it be|would you be) (?:okay|ok|fine|open) (?:if|with|to)|(?:do|would) you want (?:me |us )?to)\b/i;

/** Not a decision: narration, hypotheticals, the speaker's own past. */
const NARRATIVE =
  /\b(?:I|he|she|they) (?:decided|agreed|said|told|asked|thought)\b|\b(?:if|whether|would|could|might|maybe|wonder|unless|assuming|(?:as )?long as|provided that|in case)\b|\b(?:let's|let us) (?:say|assume|imagine|pretend|suppose)\b/i;
/** Carrying on, not choosing: "we'll keep looking at tools". */
const CARRY_ON = /\b(?:we'll|we will|let's|let us|we're going to|we are going to|we're|we are|we) keep \w+ing\b/i;
const PAST =
  /\b(?:last (?:year|month|week|time|quarter)|we (?:thought|gave|had|did|were|used to)|used to|back then|(?:years|months|weeks) ago|(?:we|I)(?:'ve| have) been \w+ing|(?:should|could|would)(?:'ve| have) (?:been|done|gone|had|kept|made|put|set|sent|built|taken|given|told|got|gotten|run|\w+ed)\b)/i;
/** A question word with the verb before its subject: "how does a solution look", "what are we missing". */
const ASKS_INSIDE = /\b(?:how|what|why|where|when|who|which)\s+(?:does|do|did|can|could|would|should|is|are)\s+(?:we|you|they|I|he|she|it|the|a|an|our|your|their)\b/i;
/** What is usually done, not what was decided: "sometimes we'll use both", "normally we ship in March". */
const HABIT = /\b(?:sometimes|usually|normally|typically|generally|often|every time|whenever)\b/i;
/** Opens on a pronoun pointing back at earlier talk. */
const VAGUE_SUBJECT = /^(?:that|it|this|there|these|those|which)(?:'s| is| was| are| were| would| will)?\b/i;
/** Running the meeting, not deciding anything: "let's start with the org chart". */
const MEETING_FLOW =
  /\b(?:let's|let us|we'll|we can) (?:start|begin|talk|go back|move on|take a (?:step|break|look)|do a quick|pause|wrap|continue|keep (?:the|this) discussion|dive|jump|look at|see|think|get started|kick off|go through|go over|come back|circle back|stop)\b/i;

/**
 * Find decisions: sentences that report one ("we agreed", "let's go with", "the plan is"), scope
 * and schedule changes ("SMB scale is deferred to 5.6"), and proposals the other side accepts in
 * the next turn ("let's keep one weekly sync" — "Sounds good"). Returns scored candidates.
 */
export function detectDecisions(turns: Turn[]): Decision[] {
  const out: Decision[] = [];
  for (let ti = 0; ti < turns.length; ti++) {
    const turn = turns[ti]!;
    const next = turns[ti + 1];
    const reply = next && next.label !== turn.label ? (next.sentences[0]?.text ?? "") : "";
    turn.sentences.forEach((s, i) => {
      const hits = CUES.map((c) => ({ weight: c.weight, strong: !!c.strong, whole: !!c.whole, m: c.re.exec(s.text) })).filter((h) => h.m);
      const top = hits.reduce<(typeof hits)[number] | null>((m, h) => (!m || h.weight > m.weight ? h : m), null);
      const cue = top?.weight ?? 0;
      const lastOfTurn = i >= turn.sentences.length - 2;
      const following = turn.sentences[i + 1]?.text ?? "";
      const asked = ASKED.test(s.text) && /\?\s*$/.test(s.text);
      const agreeing = AGREEING.exec(s.text);
      const accepted =
        ((PROPOSAL.test(s.text) || asked) &&
          ((lastOfTurn && AGREEMENT.test(reply)) || (AGREEMENT.test(following) && following.split(/\s+/).length <= 6))) ||
        (!!agreeing && cue > 0 && (top?.m?.index ?? 0) >= agreeing[0].length);
      const raw = cue + (accepted ? (asked ? 2.2 : 1.5) : 0);
      if (raw < 1.2) return;
      let score = raw;
      // What comes after a "but" that precedes the cue stands on its own: "I would prefer X, but we've decided Y".
      const judged = afterContrast(s.text, top?.m?.index ?? 0);
      // A question, also one asked inside the sentence without its mark ("understand how does it look on GCP").
      if ((/\?\s*$/.test(s.text) || ASKS_INSIDE.test(judged)) && !accepted) score -= 1.5;
      if (NARRATIVE.test(asked ? judged.replace(ASKED, "") : judged)) score -= 1;
      // A scope change is reported in the past ("we did add a DDL"): that is no story of the past.
      if (PAST.test(judged) && !top?.whole) score -= 1;
      if (HABIT.test(judged)) score -= 1;
      if (MEETING_FLOW.test(s.text)) score -= 2;
      if (CARRY_ON.test(s.text)) score -= 1.5;
      // Nothing above doubts it: a question, a hypothetical, a story, the meeting's own running.
      const undoubted = score === raw;
      if (s.wordCount > 35) score -= 0.5;
      // "We're aligned." / "Agreed." — the decision is what was just proposed.
      let source = s;
      // A scope change names its subject before the verb ("SMB scale is deferred"): keep all of it.
      let at = top?.whole ? 0 : (top?.m?.index ?? (asked ? (ASKED.exec(s.text)?.index ?? 0) : 0));
      const rest = s.text.replace(CUES[0]!.re, "").replace(/[^A-Za-z0-9\s]/g, " ").trim();
      if (rest.split(/\s+/).filter(Boolean).length < 3) {
        const before = i > 0 ? turn.sentences[i - 1] : turns[ti - 1]?.sentences[turns[ti - 1]!.sentences.length - 1];
        if (!before || before.wordCount < 6 || looksLikeFragment(before.text)) return;
        source = before;
        at = 0;
      }
      const text = rewriteDecision(source.text, at);
      if (informativeWords(text).length < 3) return;
      // "That is something we can investigate…": about something said before, not a decision of its own.
      if (VAGUE_SUBJECT.test(text)) score -= 1;
      const strong = hits.some((h) => h.strong && score >= h.weight);
      const agreed = strong || (undoubted && !VAGUE_SUBJECT.test(text) && (accepted || cue >= CHOOSING));
      out.push({ sentence: source, text, score, accepted, strong, agreed });
    });
  }
  return out;
}

/** The part of `text` from the last "but" before position `at` (the whole text when there is none). */
function afterContrast(text: string, at: number): string {
  const buts = [...text.slice(0, at).matchAll(/\bbut\b/gi)];
  return buts.length > 0 ? text.slice(buts.at(-1)!.index) : text;
}
