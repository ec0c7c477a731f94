// `npm run eval`: ingest the dev split of ../shared/eval into a fresh temporary vault (owner Jason
// Vallery) with the built-in engine, then print score.py's figures and how Obsidian Tasks reads the
// task lines, and per meeting the reference items it missed. `--detail` lists every item; `--keep` leaves the vault in place and prints its path; `--split DIR` scores another split.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { entityFigures } from "./eval-entities.ts";
import { meetingMisses } from "./eval-misses.ts";
import { ingestBatch } from "../src/pipeline/ingest-batch.ts";
import { initVault } from "../src/vault/init-vault.ts";

const args = process.argv.slice(2);
const repo = path.resolve(import.meta.dirname, "..");
const shared = path.resolve(repo, "..", "shared");
const split = args.includes("--split") ? path.resolve(args[args.indexOf("--split") + 1]!) : path.join(shared, "eval", "dev");
const keep = args.includes("--keep");
const detail = args.includes("--detail");
if (!existsSync(split)) {
  console.error(`mnemo eval: ${split}: not found; the eval corpus lives in ../shared/eval beside this repository`);
  process.exit(2);
}

const vault = path.join(await mkdtemp(path.join(tmpdir(), "mnemo-eval-")), "vault");
const { config, root } = await initVault({ vault, owner: "Jason Vallery", aliases: ["Jason"] });
const inputs: string[] = [];
for (const kind of ["transcripts", "emails"]) {
  const dir = path.join(split, kind);
  if (!existsSync(dir)) continue;
  for (const id of (await readdir(dir)).sort()) {
    for (const f of (await readdir(path.join(dir, id))).sort()) if (f !== "reference.json") inputs.push(path.join(dir, id, f));
  }
}
const started = performance.now();
const summary = await ingestBatch({ root, config, inputs, dryRun: false });
const seconds = (performance.now() - started) / 1000;
for (const r of summary.results) if (r.status === "failed") console.error(`failed ${r.file}: ${r.reason}`);
const c = summary.counts;
console.log(`ingested ${inputs.length} inputs in ${seconds.toFixed(1)} s: ${c.created} notes, ${c.duplicate} duplicates skipped, ${c.failed} failed`);

console.log(detail ? "per meeting: every generated item with its nearest reference item, and the misses" : "per meeting: the reference items nothing came near (--detail shows every item)");
for (const m of await meetingMisses(split, root, { perKind: detail ? 100 : 2, detail, owner: "Jason Vallery" })) {
  console.log(`${m.id} ${m.title}`);
  for (const l of m.lines) console.log(l);
}

const score = spawnSync("python3", [path.join(shared, "eval", "score.py"), split, root, "--owner", "Jason Vallery"], { encoding: "utf8" });
process.stdout.write(score.stdout);
process.stderr.write(score.stderr);

const figures = await entityFigures(split, root, config);
console.log(
  `entities: agreement with refB ${figures.entityAgreement.toFixed(3)} (same entity; exact spelling ${figures.entityExact.toFixed(3)}), type agreement ${figures.typeAgreement.toFixed(3)} over ${figures.scored} transcripts; ` +
    `pages: ${figures.personPages} people, ${figures.placeholderPages} placeholder, ${figures.organisationPages} named like an organisation, ${figures.otherPages} accounts/projects; ${figures.unresolved} names unresolved`,
);
for (const m of figures.mismatches) console.log(`  entity ${m}`);

const checker = path.join(shared, "tools", "obsidian-tasks-check", "check.mjs");
if (existsSync(checker)) {
  const notes = (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".md") && !f.startsWith(".") && !f.startsWith("Sources"));
  const check = spawnSync("node", [checker, ...notes.map((n) => path.join(root, n))], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const lines = check.stdout.trim().split("\n");
  const rows = lines.slice(0, -1).map((l) => JSON.parse(l) as { isTask: boolean; dueDate: string | null; priority: string; sameAsRaw: boolean; raw: string });
  const lost = rows.filter((r) => r.isTask && / 📅 /.test(r.raw) && !r.dueDate).length;
  console.log(`Obsidian Tasks: ${lines.at(-1)}; due dates lost: ${lost}; lines Tasks would rewrite: ${rows.filter((r) => !r.sameAsRaw).length}`);
}
if (keep) console.log(`vault kept at ${root}`);
else await rm(path.dirname(root), { recursive: true, force: true });
process.exitCode = score.status === 0 && c.failed === 0 ? 0 : 1;
