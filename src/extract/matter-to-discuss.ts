/**
 * A task to see someone ("Meet with Dana", "Check with the Orion team", "Set up a call with him")
 * says who but not what about: the matter is what was being talked about when it was promised.
 * Of the meeting's topic phrases, the last few (up to three) said before the promise name it: "we'd love
 * RDMA on the Zephyr nodes … so we should check with the Orion team" → "Check with the Orion team
 * about RDMA and Zephyr nodes". Lone common words ("data") are too vague to name a matter.
 */

/** A task that names a person or meeting to see and nothing to see them about. */
const SEEING =
  /^(?:meet|sync|check in|check with|discuss|connect|follow up|reach out|talk|speak|touch base|catch up|schedule (?:a |another )?(?:follow-up )?(?:call|meeting|session|sync|1:1|one-on-one)|set up (?:a |an )?(?:call|meeting|session|sync|1:1|one-on-one))\b/i;
/** Already says what about, or is too long to take more words. */
const HAS_MATTER = /\b(?:about|regarding|re|on|for|to [a-z]+)\b/i;
const MAX_TASK_WORDS = 8;
/** Whom to see: a person or a team named, or a meeting to hold. */
const SOMEONE = /\b(?:with|to)\s+(?:the\s+)?(?:[A-Z]|him\b|her\b|(?:\S+\s+){1,3}team\b)|^(?:[Ss]chedule|[Ss]et up)\b/;
const DAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tomorrow)$/i;

export type MatterInput = {
  /** The task text as written ("Check with Gal's team"). */
  task: string;
  /** What was said just before the promise, in order, ending where the promise starts. */
  before: string;
  /** The meeting's topic phrases, most central first. */
  topics: readonly string[];
  /** How many topics to name at most. */
  max?: number;
};

/** The task with " about <topics>" added when it sees someone about nothing named; otherwise unchanged. */
export function withMatterToDiscuss({ task, before, topics, max = 3 }: MatterInput): string {
  if (!SEEING.test(task) || !SOMEONE.test(task) || HAS_MATTER.test(task) || task.split(/\s+/).length > MAX_TASK_WORDS) return task;
  const inTask = task.toLowerCase();
  // A lone common word ("data", "cases") is too vague to name a matter; a name or a phrase is not.
  const said = topics
    .filter((t) => /\s|[A-Z0-9]/.test(t) && !DAY.test(t) && !inTask.includes(t.toLowerCase()))
    .map((t) => ({ t, at: lastIndexOfPhrase(before, t) }))
    .filter((x) => x.at >= 0)
    // The matter is what was said last before the promise.
    .sort((a, b) => b.at - a.at);
  const found: { t: string; at: number }[] = [];
  for (const x of said) {
    if (found.length >= max) break;
    if (!found.some((f) => overlaps(f.t, x.t))) found.push(x);
  }
  if (found.length === 0) return task;
  const names = found.sort((a, b) => a.at - b.at).map((f) => f.t);
  return `${task} about ${names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]}`;
}

function lastIndexOfPhrase(text: string, phrase: string): number {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  let last = -1;
  for (const m of text.matchAll(new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, "gi"))) last = m.index;
  return last;
}

function overlaps(a: string, b: string): boolean {
  const wa = new Set(a.toLowerCase().split(/\s+/));
  return b.toLowerCase().split(/\s+/).some((w) => wa.has(w));
}
