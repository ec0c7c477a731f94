// Writes a synthetic inbox for benchmarks: transcripts in every format Mnemo reads, of realistic
// lengths (a few an hour long), from a seeded generator so runs are comparable.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

const FIRST = ["Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper", "Jordan", "Kendall", "Logan", "Morgan", "Parker", "Quinn", "Riley", "Sawyer", "Taylor"];
const LAST = ["Adams", "Brooks", "Chen", "Diaz", "Evans", "Foster", "Garcia", "Hughes", "Iyer", "Jensen", "Kim", "Lopez", "Moreau", "Novak", "Okafor", "Patel"];
const TOPICS = ["the renewal", "the pricing sheet", "the migration plan", "the Q3 forecast", "the security review", "the onboarding deck", "the storage cluster", "the pilot"];
const LINES = [
  "I'll send {topic} to the team by Friday.",
  "Can you review {topic} before our next call?",
  "We agreed to go with option B for {topic}.",
  "The budget for {topic} is about {n} thousand dollars this quarter.",
  "Let me check with legal on {topic} and get back to you next week.",
  "So the plan is to ship {topic} on {date}.",
  "Yeah, I think that makes sense, you know, for {topic}.",
  "We have {n} customers waiting on {topic} right now.",
  "Okay, so moving on, what's the status of {topic}?",
  "Honestly the main risk with {topic} is the timeline.",
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

type Turn = { speaker: string; start: number; text: string };

function turns(rand: () => number, people: string[], minutes: number): Turn[] {
  const out: Turn[] = [];
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  for (let t = 0; t < minutes * 60; t += 6 + Math.floor(rand() * 20)) {
    const n = 1 + Math.floor(rand() * 3);
    const text = Array.from({ length: n }, () =>
      pick(LINES).replace("{topic}", pick(TOPICS)).replace("{n}", String(5 + Math.floor(rand() * 400))).replace("{date}", `March ${1 + Math.floor(rand() * 28)}`),
    ).join(" ");
    out.push({ speaker: pick(people), start: t, text });
  }
  return out;
}

const hms = (s: number, sep = ".") =>
  `${String(Math.floor(s / 3600)).padStart(2, "0")}:${String(Math.floor(s / 60) % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}${sep}000`;

const FORMATS = {
  macwhisper: (title: string, ts: Turn[]) => `# ${title}\n\n${ts.map((t) => `[${hms(t.start).slice(0, 11)}]  ${t.speaker}${t.text}`).join("\n\n")}\n`,
  vtt: (_: string, ts: Turn[]) => `WEBVTT\n\n${ts.map((t) => `${hms(t.start)} --> ${hms(t.start + 5)}\n<v ${t.speaker}>${t.text}</v>`).join("\n\n")}\n`,
  srt: (_: string, ts: Turn[]) => `${ts.map((t, i) => `${i + 1}\n${hms(t.start, ",")} --> ${hms(t.start + 5, ",")}\n${t.speaker}: ${t.text}`).join("\n\n")}\n`,
  txt: (_: string, ts: Turn[]) => `${ts.map((t) => `[${hms(t.start).slice(0, 8)}] ${t.speaker}: ${t.text}`).join("\n")}\n`,
} as const;

/** Writes `count` transcripts into `dir`; every 20th is an hour long. Returns their total size in bytes. */
export async function generateInbox(dir: string, count: number, seed = 42): Promise<number> {
  const rand = rng(seed);
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  const kinds = Object.keys(FORMATS) as (keyof typeof FORMATS)[];
  for (let i = 0; i < count; i++) {
    const people = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => `${FIRST[Math.floor(rand() * FIRST.length)]} ${LAST[Math.floor(rand() * LAST.length)]}`);
    const minutes = i % 20 === 0 ? 60 : 5 + Math.floor(rand() * 25);
    const kind = kinds[i % kinds.length]!;
    const day = String(1 + (i % 28)).padStart(2, "0");
    const title = `Sync ${i} with ${people[1]}`;
    const text = FORMATS[kind](title, turns(rand, people, minutes));
    const ext = kind === "macwhisper" ? "md" : kind;
    await writeFile(path.join(dir, `2025-03-${day} - ${title}.${ext}`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
