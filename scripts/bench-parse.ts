// `npm run bench:parse`: writes one very large transcript (200 MB of WebVTT by default) to a temp
// folder, reads it the way `mnemo parse` does, and prints the time and the process's peak RSS
// (main thread and parse worker together). Usage: npm run bench:parse [-- --mb N] [-- --format vtt|txt]
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { parse } from "../src/cli/commands/parse.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
const targetMb = Number(option("--mb", "200"));
const format = option("--format", "vtt");

const SPEAKERS = ["Avery Adams", "Blake Brooks", "Casey Chen", "Devon Diaz"];
const LINES = [
  "I'll send the pricing sheet to the team by Friday.",
  "Can you review the migration plan before our next call?",
  "We agreed to go with option B for the renewal.",
  "Honestly the main risk with the pilot is the timeline, you know.",
  "Okay, so moving on, what's the status of the security review?",
];

/** `hhh:mm:ss.mmm` for a cue every 400 ms: a 200 MB file spans about 140 hours. */
function clock(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}.${String(ms % 1000).padStart(3, "0")}`;
}

async function writeTranscript(file: string): Promise<number> {
  const out = createWriteStream(file);
  const target = targetMb * 1024 * 1024;
  let written = 0;
  const write = async (s: string): Promise<void> => {
    written += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, "drain");
  };
  await write(format === "vtt" ? "WEBVTT - Bench all-hands 2025-03-14\n\n" : "# Bench all-hands 2025-03-14\n\n");
  for (let i = 0; written < target; i++) {
    const speaker = SPEAKERS[i % SPEAKERS.length]!;
    const text = `${LINES[i % LINES.length]} ${LINES[(i * 7 + 3) % LINES.length]}`;
    if (format === "vtt") await write(`${i + 1}\n${clock(i * 400)} --> ${clock(i * 400 + 400)}\n<v ${speaker}>${text}\n\n`);
    else await write(`[${clock(i * 400).replace(/\.\d+$/, "")}] ${speaker}: ${text}\n`);
  }
  out.end();
  await once(out, "finish");
  return written;
}

const work = await mkdtemp(path.join(os.tmpdir(), "mnemo-bench-parse-"));
try {
  const file = path.join(work, `big-transcript.${format === "vtt" ? "vtt" : "txt"}`);
  await writeTranscript(file);
  const mb = (await stat(file)).size / 1024 / 1024;
  const rssBefore = process.resourceUsage().maxRSS / 1024;
  let output = "";
  const sink = new Writable({
    write(chunk, _enc, done) {
      output += String(chunk);
      done();
    },
  });
  const t = performance.now();
  const code = await parse(file, {}, { stdout: sink, stderr: sink, cwd: work, env: process.env });
  const seconds = (performance.now() - t) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}`);
  console.log(`input: one ${format} transcript, ${mb.toFixed(0)} MB`);
  console.log(output.trim().split("\n").map((l) => `  ${l}`).join("\n"));
  console.log(`parse: exit ${code} in ${seconds.toFixed(1)} s (${(mb / seconds).toFixed(1)} MB/s)`);
  console.log(`peak RSS: ${peakMb.toFixed(0)} MB (${rssBefore.toFixed(0)} MB before parsing)`);
  process.exitCode = code;
} finally {
  await rm(work, { recursive: true, force: true });
}
