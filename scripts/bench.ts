// `npm run bench`: ingest a generated inbox into a fresh vault and report throughput, the built-in
// engine's cost per source, and peak memory, next to the time it takes just to read the same bytes
// and parse them as Markdown (a floor that no pipeline can beat), so the figure means something on
// any machine. Usage: npm run bench [-- --count N]
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { extractWithRules } from "../src/extract/extract-with-rules.ts";
import { parseMarkdown } from "../src/plan/markdown-tree.ts";
import { ingestBatch } from "../src/pipeline/ingest-batch.ts";
import { readSource } from "../src/sources/read-source.ts";
import { initVault } from "../src/vault/init-vault.ts";
import { generateInbox } from "./generate-inbox.ts";

const args = process.argv.slice(2);
const count = args.includes("--count") ? Number(args[args.indexOf("--count") + 1]) : 300;
const work = await mkdtemp(path.join(os.tmpdir(), "mnemo-bench-"));
const inbox = path.join(work, "inbox");
const bytes = await generateInbox(inbox, count);
const files = (await readdir(inbox)).sort().map((f) => path.join(inbox, f));
const mb = bytes / 1024 / 1024;

// Floor: read every file and parse it as Markdown.
let t = performance.now();
for (const f of files) parseMarkdown(await readFile(f, "utf8"));
const floorMs = performance.now() - t;

// Engine only: read + parse + extract, no vault.
t = performance.now();
for (const f of files) extractWithRules(await readSource(f), { ownerName: "Avery Adams", ownerAliases: [] });
const engineMs = performance.now() - t;

// The whole pipeline into a vault (files outside the vault are copied into Sources/).
const { root, config } = await initVault({ vault: path.join(work, "vault"), owner: "Avery Adams" });
t = performance.now();
const summary = await ingestBatch({ root, config, inputs: [inbox], dryRun: false });
const ingestMs = performance.now() - t;
const peakMb = process.resourceUsage().maxRSS / 1024;

const c = summary.counts;
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}`);
console.log(`inbox: ${files.length} transcripts, ${mb.toFixed(1)} MB (every 20th an hour long)`);
console.log(`ingest: ${c.created} notes, ${c.updated} page updates, ${c.failed} failed in ${(ingestMs / 1000).toFixed(2)} s`);
console.log(`  ${(files.length / (ingestMs / 1000)).toFixed(1)} sources/s, ${(mb / (ingestMs / 1000)).toFixed(2)} MB/s`);
console.log(`  built-in engine (read + parse + extract): ${(engineMs / files.length).toFixed(1)} ms per source`);
console.log(`  read + Markdown parse of the same bytes: ${(floorMs / 1000).toFixed(2)} s; ingest is ${(ingestMs / floorMs).toFixed(1)}× that`);
console.log(`  peak RSS: ${peakMb.toFixed(0)} MB`);
await rm(work, { recursive: true, force: true });
process.exitCode = c.failed === 0 ? 0 : 1;
