import type { Sentence, Turn } from "./build-turns.ts";
import { tidyPunctuation } from "./clean-filler.ts";
import { compressSentence } from "./compress-sentence.ts";
import { capitalize, informativeWords } from "./content-words.ts";

export type Decision = { sentence: Sentence; text: string; score: number };

type Cue = { re: RegExp; weight: number };

/** Words that report or make a decision, strongest first. */
const CUES: Cue[] = [
  // Reported outright: "we agreed", "we decided to", "the decision is".
  { re: /\b(?:we(?:'ve| have)? (?:all )?(?:agreed|decided|aligned|settled)|(?:it's|it is|that's) (?:agreed|decided)|agreed (?:to|that|on)|the decision (?:is|was)|decision is to|we(?:'re| are) aligned)\b/i, weight: 3 },
  // Choosing: "let's go with", "we're going with", "we'll stick with", "I prefer".
  { re: /\b(?:let's|let us|we'll|we will|we're going to|we are going to) (?:go with|stick with|keep|use|move forward with|proceed with|focus on|prioriti[sz]e|defer|hold off|split|lead with|start with the|target|pursue)\b|\b(?:we(?:'re| are)|we'll be) going with\b|\b(?:we chose|we picked|we prefer|we'd rather)\b/i, weight: 2.6 },
  { re: /\b(?:I prefer|I'd prefer|I would prefer|I'd rather)\b/i, weight: 1.8 },
  // Scope and schedule changes: "deferred to 5.6", "moved to Q2", "added to 5.5", "not part of 5.5".
  { re: /\b(?:deferred|defer|moved|move|pushed|push|postponed|slipped|shifted|added|pulled in|dropped|cut|descoped|removed)(?: it| them| this| that)? (?:to|from|in|into|out of|until|for) (?:v?\d|q[1-4]\b|next|the next|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)|\b(?:is|are|was|were)(?: not)? (?:part of|in|included in|out of|in scope for|out of scope for) (?:v?\d+(?:\.\d+)?\b|scope\b)/i, weight: 2.6 },
  // Plans stated as settled: "the plan is to", "going forward we".
  { re: /\b(?:the plan is|plan is to|our plan is|the approach is|the strategy is|going forward,? we|from now on,? we|moving forward,? we)\b/i, weight: 2.2 },
  // Directions: "we'll run both in parallel", "dual track", "rather than".
  { re: /\b(?:in parallel|dual[- ]track|two tracks|first priority|top priority|deprioriti[sz]e|instead of|rather than)\b/i, weight: 1.2 },
  // Proposals from "let's" that the room goes along with.
  { re: /\b(?:let's|let us) (?:do|have|make|put|take|set|schedule|plan|add|include|keep|try|get|build|create|split|move|use|go)\b/i, weight: 1.4 },
  { re: /\b(?:we won't|we will not|we're not going to|we are not going to|we don't want to|we shouldn't|no longer)\b/i, weight: 1.2 },
];

/** A reply that accepts what was just proposed. */
const AGREEMENT =
  /^(?:yes|yeah|yep|agreed|I agree|sounds good|sounds great|makes sense|that makes sense|perfect|exactly|absolutely|definitely|100(?: percent|%)?|that works|works for me|let's do (?:it|that)|I'm with you|I like (?:it|that)|good idea|great idea|fair enough|okay,? (?:great|perfect|good|sounds good|let's do it)|totally|for sure)\b/i;

const PROPOSAL = /\b(?:let's|let us|we should|why don't we|how about|I suggest|I'd suggest|I propose|I recommend|I'd recommend|my recommendation)\b/i;

/** Not a decision: narration, hypotheticals, the speaker's own past. */
const NARRATIVE = /\b(?:I|he|she|they) (?:decided|agreed|said|told|asked|thought)\b|\b(?:if|whether|would|could|might|maybe|wonder)\b/i;
const PAST = /\b(?:last (?:year|month|week|time|quarter)|we (?:thought|gave|had|did|were|used to)|used to|back then|(?:years|months|weeks) ago)\b/i;
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
      const cue = CUES.filter((c) => c.re.test(s.text)).reduce((m, c) => Math.max(m, c.weight), 0);
      const lastOfTurn = i >= turn.sentences.length - 2;
      const following = turn.sentences[i + 1]?.text ?? "";
      const accepted =
        PROPOSAL.test(s.text) &&
        ((lastOfTurn && AGREEMENT.test(reply)) || (AGREEMENT.test(following) && following.split(/\s+/).length <= 6));
      let score = cue + (accepted ? 1.5 : 0);
      if (score < 1.2) return;
      if (/\?\s*$/.test(s.text)) score -= 1.5;
      if (NARRATIVE.test(s.text)) score -= 1;
      if (PAST.test(s.text)) score -= 1;
      if (MEETING_FLOW.test(s.text)) score -= 2;
      if (s.wordCount > 35) score -= 0.5;
      // "We're aligned." / "Agreed." — the decision is what was just proposed.
      let source = s;
      const rest = s.text.replace(CUES[0]!.re, "").replace(/[^A-Za-z0-9\s]/g, " ").trim();
      if (rest.split(/\s+/).filter(Boolean).length < 3) {
        const before = i > 0 ? turn.sentences[i - 1] : turns[ti - 1]?.sentences[turns[ti - 1]!.sentences.length - 1];
        if (!before || before.wordCount < 6) return;
        source = before;
      }
      const text = rewriteDecision(source.text);
      if (informativeWords(text).length < 3) return;
      out.push({ sentence: source, text, score });
    });
  }
  return out;
}

const LEAD =
  /^(?:(?:I think|I guess|I mean|and|so|but|okay|yeah|yes|right|now)\s*,?\s*)*(?:we(?:'ve| have)? (?:all )?(?:agreed|decided|aligned) (?:that|to|on)\s+|the decision is (?:that|to)?\s*|the plan is (?:that|to)?\s*|let's\s+|let us\s+|we should\s+|I suggest (?:that )?(?:we\s+)?|I'd suggest (?:that )?(?:we\s+)?|I recommend (?:that )?(?:we\s+)?)/i;

const MAX_WORDS = 22;

/** "So I think we agreed that we'll ship hardware first, right?" → "We'll ship hardware first". */
function rewriteDecision(text: string): string {
  let t = compressSentence(text).replace(LEAD, "");
  t = t.replace(/,?\s*(?:right|okay|yeah|correct)\s*[?.!]?\s*$/i, "").replace(/[?]\s*$/, "");
  t = tidyPunctuation(t).replace(/[.,;:]+$/, "");
  const words = t.split(/\s+/);
  if (words.length > MAX_WORDS) {
    const cut = words.slice(0, MAX_WORDS).join(" ");
    const stop = Math.max(cut.lastIndexOf(","), cut.lastIndexOf(";"), cut.lastIndexOf("."));
    t = stop > cut.length / 2 ? cut.slice(0, stop) : cut;
  }
  return capitalize(t.trim());
}
