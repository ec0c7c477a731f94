// `npm run bench` (second part): `mnemo tasks` over a generated 10,000-note vault. Prints how long
// listing every open task takes (read every note, find and parse the task lines, filter, sort,
// render the table), first run and median of the next five. Usage: node --import tsx scripts/bench-tasks.ts [--notes N]
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { main } from "../src/cli/main.ts";

const args = process.argv.slice(2);
const notes = args.includes("--notes") ? Number(args[args.indexOf("--notes") + 1]) : 10_000;
const root = await mkdtemp(path.join(os.tmpdir(), "mnemo-bench-tasks-"));
await mkdir(path.join(root, ".mnemo"));
await writeFile(path.join(root, ".mnemo/config.yaml"), "owner:\n  name: Avery Adams\n");

const people = ["Raj Patel", "Mia Chen", "Myself", "Sam Okoro", "Lena Novak"];
const verbs = ["Send", "Review", "Draft", "Book", "Call", "Check", "Update", "Share"];
const things = ["the pricing sheet", "the Q4 plan", "the venue", "the contract", "the budget", "the launch notes", "the hiring brief"];
const statuses = ["?", "?", "?", " ", "x", "-", "/"];
let tasks = 0;
let bytes = 0;
for (let i = 0; i < notes; i++) {
  const year = 2020 + (i % 6);
  const dir = path.join(root, i % 3 === 0 ? "Email" : "Meetings", String(year));
  if (i < 20) await mkdir(dir, { recursive: true });
  const day = `${year}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
  const items = Array.from({ length: 2 + (i % 4) }, (_, k) => {
    tasks++;
    const s = statuses[(i + k) % statuses.length]!;
    const due = (i + k) % 3 ? ` 📅 ${day}` : "";
    const pri = ["", " ⏫", " 🔼", " 🔽"][(i * 7 + k) % 4];
    const tags = s === "?" ? " #task #proposed #auto" : " #task #auto";
    return `- [${s}] ${verbs[(i + k) % verbs.length]} ${things[(i * 3 + k) % things.length]} @${people[(i + k) % people.length]}${due}${pri}${tags}`;
  });
  const text = [
    "---",
    "type: meeting",
    `title: Meeting ${i}`,
    `date: ${day}`,
    "participants:",
    "  - Avery Adams",
    `  - ${people[i % people.length]}`,
    `source_ref: Sources/Transcripts/${year}/meeting-${i}.vtt`,
    `source_hash: ${i.toString(16).padStart(64, "0")}`,
    "---",
    "",
    `# Meeting ${i}`,
    "",
    `**Date**: ${day}`,
    "",
    "## Summary",
    "",
    "The team went through the numbers, agreed on next steps and set dates for the follow-ups. ".repeat(3),
    "",
    "## Action Items",
    "",
    ...items,
    "",
    "## Decisions",
    "",
    "- Go with option B for the renewal.",
    "",
    "## Key Information",
    "",
    "- The renewal is worth $120k a year.",
    "",
  ].join("\n");
  bytes += Buffer.byteLength(text);
  await writeFile(path.join(dir, `${day} - Meeting ${i}.md`), text);
}

class Sink extends Writable {
  chars = 0;
  override _write(chunk: Buffer, _e: BufferEncoding, done: () => void) {
    this.chars += chunk.length;
    done();
  }
}
async function run(): Promise<{ ms: number; cpuMs: number; out: number; code: number }> {
  const stdout = new Sink();
  const t = performance.now();
  const c = process.cpuUsage();
  const code = await main(["tasks", "--vault", root], { stdout, stderr: process.stderr, cwd: root, env: {} });
  const used = process.cpuUsage(c);
  return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, out: stdout.chars, code };
}

const first = await run();
const runs = [];
for (let i = 0; i < 5; i++) runs.push(await run());
const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
const warm = median(runs.map((r) => r.ms));
const warmCpu = median(runs.map((r) => r.cpuMs));
console.log(`tasks bench: ${notes} notes, ${tasks} task lines, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
console.log(`  mnemo tasks (list the open tasks as a table): ${warm.toFixed(0)} ms (median of 5 runs; first run ${first.ms.toFixed(0)} ms)`);
console.log(`  CPU time of the same: ${warmCpu.toFixed(0)} ms (first run ${first.cpuMs.toFixed(0)} ms); load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs`);
await rm(root, { recursive: true, force: true });
process.exitCode = first.code;
