import type { Sentence, Turn } from "./build-turns.ts";
import { tidyPunctuation } from "./clean-filler.ts";
import { capitalize, contentWords } from "./content-words.ts";

export type Decision = { sentence: Sentence; text: string; score: number };

/** Phrases that report a decision outright. */
const DECIDED =
  /\b(?:we(?:'ve| have)? agreed|agreed (?:to|that|on)|we(?:'ve| have)? decided|decided (?:to|that|on)|the decision is|decision (?:is|was) to|we're going (?:to go )?with|we'll go with|let's go with|going to go with|we(?:'re| are) aligned|settled on|the plan is|plan is to|we'll stick with|we(?:'re| are) not going to|we won't|we will not|the approach (?:is|will be)|we chose|we're moving forward with|move forward with|moving forward with|the priority is|top priority is|the goal is|the direction is|we(?:'re| are) committed to|committed to)\b/i;

/** Proposals that become decisions when the other side agrees. */
const PROPOSAL =
  /\b(?:let's|let us|we should|we need to|we have to|why don't we|how about|I suggest|I'd suggest|I propose|I'd propose|I recommend|I'd recommend|my recommendation is|the idea is|we could|we can|we'll|we will|we're going to)\b/i;

/** A reply that accepts what was just said. */
const AGREEMENT =
  /^(?:yes|yeah|yep|agreed|i agree|sounds good|sounds great|makes sense|that makes sense|perfect|exactly|absolutely|definitely|100(?: percent|%)?|that works|works for me|let's do (?:it|that)|i'm with you|i like (?:it|that)|good idea|great idea|fair enough|correct|right|sure|okay,? (?:great|perfect|good|sounds good|let's do it)|totally|for sure)\b/i;

const DIRECTION = /\b(?:going forward|from now on|instead of|rather than|focus on|prioriti[sz]e|deprioriti[sz]e|first priority|primary|secondary|in parallel|two tracks|the path|path forward|strategy)\b/i;

const LEAD =
  /^(?:so\s+)?(?:(?:I think|I guess|I mean|and|so|but|okay|yeah|yes|right)\s*,?\s*)*(?:we(?:'ve| have)? agreed (?:that|to|on)\s+|we(?:'ve| have)? decided (?:that|to|on)\s+|the decision is (?:that|to)?\s*|the plan is (?:that|to)?\s*|let's\s+|let us\s+|we should\s+|we need to\s+|we'll\s+|we will\s+|we're going to\s+|I suggest (?:that )?(?:we\s+)?|I'd suggest (?:that )?(?:we\s+)?|I recommend (?:that )?(?:we\s+)?)/i;

/**
 * Find decisions: sentences that report one ("we agreed", "let's go with", "the plan is"), and
 * proposals that the other side accepts in the next turn ("we should ship hardware" — "Yes, agreed").
 * Returns candidates with a score; the caller picks and orders them.
 */
export function detectDecisions(turns: Turn[]): Decision[] {
  const out: Decision[] = [];
  for (let ti = 0; ti < turns.length; ti++) {
    const turn = turns[ti]!;
    const next = turns[ti + 1];
    const reply = next && next.label !== turn.label ? next.sentences[0]?.text ?? "" : "";
    const accepted = AGREEMENT.test(reply);
    turn.sentences.forEach((s, i) => {
      let score = 0;
      if (DECIDED.test(s.text)) score += 2.5;
      const proposal = PROPOSAL.test(s.text);
      if (proposal) score += 0.8;
      if (proposal && accepted && i >= turn.sentences.length - 2) score += 1.5;
      if (DIRECTION.test(s.text)) score += 0.8;
      // Agreement inside one turn with several voices ("- Yeah, sounds good.")
      const following = turn.sentences[i + 1]?.text ?? "";
      if (proposal && AGREEMENT.test(following) && following.split(/\s+/).length <= 6) score += 0.7;
      if (score < 1.5) return;
      const words = contentWords(s.text);
      if (words.length < 3) return;
      if (/\?\s*$/.test(s.text)) score -= 1.2;
      if (/\b(?:if|whether|would|could|might|maybe)\b/i.test(s.text)) score -= 0.6;
      if (/\b(?:I|he|she|they) (?:said|told|asked)\b/i.test(s.text)) score -= 1;
      if (s.wordCount > 40) score -= 0.6;
      score += Math.min(words.length, 10) * 0.05;
      out.push({ sentence: s, text: rewriteDecision(s.text), score });
    });
  }
  return out;
}

/** "So I think we agreed that we'll ship hardware first, right?" → "Ship hardware first". */
export function rewriteDecision(text: string): string {
  let t = text.replace(LEAD, "");
  t = t.replace(/,?\s*(?:right|okay|yeah|correct)\s*[?.!]?\s*$/i, "").replace(/[?]\s*$/, "");
  t = tidyPunctuation(t).replace(/[.,;:]+$/, "");
  const words = t.split(/\s+/);
  if (words.length > 28) {
    const cut = words.slice(0, 28).join(" ");
    const comma = cut.lastIndexOf(",");
    t = comma > cut.length / 2 ? cut.slice(0, comma) : cut;
  }
  return capitalize(t.trim());
}
