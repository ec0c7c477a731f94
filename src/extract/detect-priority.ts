import type { Priority } from "./extraction.ts";

const HIGHEST = /\b(?:urgent(?:ly)?|emergency|critical|critically|showstopper|show-stopper)\b/i;
const HIGH = /\b(?:asap|a\.s\.a\.p|as soon as possible|blocker|blocking|blocked|top priority|high priority|highest priority|first priority|immediately|right away|time[- ]sensitive)\b/i;
const LOW = /\b(?:low priority|lower priority|no rush|not urgent|nice to have|whenever you (?:get a chance|can)|when you get a chance|no hurry)\b/i;

/**
 * A task's priority, only when the words give a reason for one (urgent, ASAP, blocker, critical;
 * "no rush" for low). Everything else has no priority: null.
 */
export function detectPriority(text: string): Priority | null {
  if (LOW.test(text)) return "low";
  if (/\bnot (?:urgent|critical|a blocker|blocking)\b/i.test(text)) return null;
  if (HIGHEST.test(text)) return "highest";
  if (HIGH.test(text)) return "high";
  return null;
}
