/**
 * Search at scale: generates a 10,000-note vault in a temp folder (meetings, emails, person
 * pages, archived transcripts), builds the index from nothing, then runs 50 queries (words,
 * phrases, filters) and prints the vault size, build rate and median/p95 query time.
 * `npm run bench` runs it; `BENCH_NOTES=2000` makes a smaller vault.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openSearchIndex } from "../src/search/open-search-index.ts";
import { parseSearchQuery } from "../src/search/parse-search-query.ts";
import { searchIndex } from "../src/search/search-index.ts";
import { indexLayout } from "../src/search/search-vault.ts";
import { updateIndex } from "../src/search/update-index.ts";
import { VaultConfig } from "../src/vault/config.ts";

const NOTES = Number(process.env.BENCH_NOTES ?? 10_000);
const PEOPLE = ["Raj Patel", "Mia Chen", "Dana Whitfield", "Tom Okafor", "Lena Fischer", "Sam Ortiz", "Priya Nair", "Jonas Berg", "Ana Costa", "Wei Zhang", "Omar Haddad", "Kate Moss"];
const ACCOUNTS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Tyrell"];
const TOPICS = ["pricing", "renewal", "onboarding", "security review", "roadmap", "hiring", "budget", "migration", "launch", "incident", "contract", "integration", "analytics", "support backlog", "latency"];
const WORDS =
  "agreed discussed customer timeline proposal discount seats licence invoice deadline quarter estimate risk blocker dependency release feedback workshop pilot scope headcount forecast pipeline churn upsell escalation outage postmortem dashboard metrics api database schema rollout training documentation vendor procurement legal compliance audit"
    .split(" ");

let seed = 42;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const sentence = (n: number) => {
  const w = Array.from({ length: n }, () => pick(WORDS));
  return `${w[0]![0]!.toUpperCase()}${w.join(" ").slice(1)}.`;
};

function note(i: number): { rel: string; text: string } {
  const date = new Date(Date.UTC(2022, 0, 1) + (i % 1400) * 86_400_000).toISOString().slice(0, 10);
  const topic = pick(TOPICS);
  const account = pick(ACCOUNTS);
  const people = [pick(PEOPLE), pick(PEOPLE)];
  const email = i % 3 === 0;
  const title = `${account} ${topic} ${i}`;
  const folder = email ? "Email" : "Meetings";
  const text = [
    "---",
    `type: ${email ? "email" : "meeting"}`,
    `title: ${title}`,
    `date: ${date}`,
    `entity: ${account}`,
    "participants:",
    ...people.map((p) => `  - ${p}`),
    `source_ref: Sources/Transcripts/${date.slice(0, 4)}/${date} ${i}.vtt`,
    "tags:",
    `  - type/${email ? "email" : "meeting"}`,
    `  - project/${topic.replace(/ /g, "-")}`,
    "---",
    "",
    `# ${title}`,
    "",
    `**Date**: ${date}`,
    `**With**: ${people.map((p) => `[[${p}]]`).join(", ")}`,
    "",
    "## Summary",
    "",
    `We discussed the ${topic} for ${account}. ${sentence(14)} ${sentence(12)}`,
    "",
    "## Action Items",
    "",
    `- [?] Send the ${topic} ${pick(WORDS)} to ${account} @${people[1]} 📅 ${date} #task #proposed #auto`,
    `- [ ] ${sentence(6).replace(/\.$/, "")} @Myself #task`,
    "",
    "## Decisions",
    "",
    `- ${sentence(10)}`,
    "",
    "## Key Information",
    "",
    `- ${sentence(9)}`,
    `- ${sentence(11)}`,
    "",
  ].join("\n");
  return { rel: `${folder}/${date.slice(0, 4)}/${date} - ${title}.md`, text };
}

const root = mkdtempSync(path.join(tmpdir(), "mnemo-bench-search-"));
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};
try {
  write(".mnemo/config.yaml", "owner:\n  name: Dana Whitfield\n");
  let bytes = 0;
  for (let i = 0; i < NOTES; i++) {
    const n = note(i);
    bytes += n.text.length;
    write(n.rel, n.text);
  }
  for (const p of PEOPLE) write(`People/${p}.md`, `---\ntype: person\ntitle: ${p}\n---\n\n# ${p}\n\n## Recent context\n\n- 2025-01-01 · met\n`);
  for (let i = 0; i < NOTES / 10; i++) write(`Sources/Transcripts/2025/2025-01-01 ${i}.vtt`, `WEBVTT\n\n00:00.000 --> 00:05.000\n<v ${pick(PEOPLE)}>${sentence(30)}\n`);

  const config = VaultConfig.parse({ owner: { name: "Dana Whitfield" } });
  const db = openSearchIndex(root, indexLayout(config));
  const t0 = performance.now();
  const stats = updateIndex(db, root, config);
  const buildMs = performance.now() - t0;
  const again = updateIndex(db, root, config);

  const queries: string[] = [];
  for (let i = 0; i < 50; i++) {
    const k = i % 5;
    if (k === 0) queries.push(pick(TOPICS));
    else if (k === 1) queries.push(`${pick(WORDS)} ${pick(WORDS)}`);
    else if (k === 2) queries.push(`${pick(WORDS)} person:"${pick(PEOPLE)}"`);
    else if (k === 3) queries.push(`${pick(WORDS)} account:${pick(ACCOUNTS)} after:2023-01 in:decisions`);
    else queries.push(`"${pick(TOPICS)}" tag:project type:meeting -${pick(WORDS)}`);
  }
  const times: number[] = [];
  let results = 0;
  for (const q of queries) {
    const t = performance.now();
    results += searchIndex(db, parseSearchQuery(q), { limit: 20 }).length;
    times.push(performance.now() - t);
    if (process.env.BENCH_VERBOSE) console.log((performance.now() - t).toFixed(1), q);
  }
  db.close();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const p95 = times[Math.floor(times.length * 0.95)]!;
  console.log(`search: vault of ${stats.files} files (${NOTES} notes, ${(bytes / 1e6).toFixed(1)} MB of notes)`);
  console.log(`search: index built in ${(buildMs / 1000).toFixed(2)} s = ${Math.round(stats.files / (buildMs / 1000))} files/s; re-check of an unchanged vault ${Math.round(again.ms)} ms (${again.read.length} read)`);
  console.log(`search: ${queries.length} queries, median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, ${(results / queries.length).toFixed(1)} results each`);
} finally {
  if (process.env.BENCH_KEEP) console.log(root);
  else rmSync(root, { recursive: true, force: true });
}
