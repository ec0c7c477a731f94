import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { FIXTURES, fixture } from "../helpers/fixtures.ts";
import { readTree, tempTree } from "../helpers/temp-dir.ts";
import { runCli } from "../helpers/run-cli.ts";

const VTT = fixture("inbox/2025-11-05 pricing.vtt");
const LINES = fixture("inbox/2025-11-06 launch.txt");

async function vault(files: Record<string, string | Uint8Array> = {}) {
  const root = await tempTree(files);
  const init = await runCli(["init", "vault", "--owner", "Dana Whitfield"], { cwd: root });
  assert.equal(init.code, 0, init.stderr);
  return { root, vault: path.join(root, "vault") };
}

test("init makes the folders and config; a second init refuses to overwrite", async () => {
  const { root, vault: v } = await vault();
  for (const d of ["Inbox", "People", "Accounts", "Projects", "Documents", ".mnemo"]) {
    assert.ok((await readTree(v)) && (await import("node:fs")).existsSync(path.join(v, d)), d);
  }
  assert.match(await readFile(path.join(v, ".mnemo/config.yaml"), "utf8"), /name: Dana Whitfield/);
  assert.match(await readFile(path.join(v, "TASKS.md"), "utf8"), /```tasks\n[^`]*tags include #proposed/);
  const again = await runCli(["init", "vault", "--owner", "X"], { cwd: root });
  assert.equal(again.code, 2);
  assert.match(again.stderr, /^mnemo: .*config\.yaml: already exists/);
});

test("ingest files the inbox: notes, people pages, archived sources, and a summary", async () => {
  const { vault: v } = await vault();
  await writeFile(path.join(v, "Inbox/2025-11-05 pricing.vtt"), VTT);
  await writeFile(path.join(v, "Inbox/2025-11-06 launch.txt"), LINES);
  const r = await runCli(["ingest"], { cwd: v });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /2 created, 0 pages updated, 0 skipped as duplicate, 0 failed/);
  const tree = await readTree(v);
  const notes = Object.keys(tree).filter((p) => p.startsWith("Meetings/2025/"));
  assert.equal(notes.length, 2);
  assert.deepEqual(Object.keys(tree).filter((p) => p.startsWith("Inbox/")), []);
  assert.equal(tree["Sources/Transcripts/2025/2025-11-05 pricing.vtt"], VTT);
  assert.ok(tree["People/Raj Patel.md"]);
  assert.ok(tree["People/Mei Chen.md"]);
  assert.ok(!Object.keys(tree).some((p) => /People\/(Speaker 1|Dana Whitfield)\.md/.test(p)), "no page for a placeholder or the owner");
  const pricing = tree[notes.find((n) => n.startsWith("Meetings/2025/2025-11-05"))!]!;
  assert.match(pricing, /^source_ref: Sources\/Transcripts\/2025\/2025-11-05 pricing\.vtt$/m);
  assert.match(pricing, /^- \[\?\] .*@Raj Patel 📅 2025-11-07 .*#task #proposed #auto$/m);
  for (const heading of ["## Summary", "## Action Items", "## Decisions", "## Key Information"]) {
    assert.equal(pricing.split(`\n${heading}\n`).length, 2, `${heading} appears once`);
  }
});

test("re-running ingest on the same files changes nothing", async () => {
  const { root, vault: v } = await vault({ "drop/a.vtt": VTT, "drop/b.txt": LINES });
  const first = await runCli(["ingest", "drop", "--vault", "vault"], { cwd: root });
  assert.equal(first.code, 0, first.stderr);
  const before = await readTree(root);
  const second = await runCli(["ingest", "drop", "--vault", "vault"], { cwd: root });
  assert.equal(second.code, 0);
  assert.match(second.stdout, /0 created, 0 pages updated, 2 skipped as duplicate, 0 failed/);
  assert.deepEqual(await readTree(root), before);
  assert.equal(before["drop/a.vtt"], VTT, "files outside the vault are copied, not moved");
});

test("the same recording under two names gives one note", async () => {
  const { vault: v } = await vault();
  await writeFile(path.join(v, "Inbox/2025-11-05 call.vtt"), VTT);
  await writeFile(path.join(v, "Inbox/2025-11-05 call (copy).vtt"), VTT);
  const r = await runCli(["ingest"], { cwd: v });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /1 created, .* 1 skipped as duplicate/);
  assert.match(r.stdout, /skipped 2025-11-05 call\.vtt: same content as Meetings\/2025\//);
  const notes = Object.keys(await readTree(v)).filter((p) => p.startsWith("Meetings/"));
  assert.equal(notes.length, 1);
});

const BAD: Record<string, { bytes: string | Uint8Array; reason: RegExp }> = {
  "empty.vtt": { bytes: "", reason: /empty/ },
  "blank.txt": { bytes: "  \n\n \t\n", reason: /empty/ },
  "photo.md": { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), reason: /binary/ },
  "cut.srt": { bytes: "1\n00:00:01,000 --> 00:00:04,000\nRaj Patel: hello there\n\n2\n00:00:05,0", reason: /truncated/ },
  "cut-utf8.txt": { bytes: new Uint8Array([...Buffer.from("Raj Patel: caf"), 0xc3]), reason: /truncated|UTF-8/ },
  "bad-bytes.txt": { bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("Raj Patel: hello "), 0xff, 0x41]), reason: /not valid UTF-8/ },
  "recipe.xyz": { bytes: "Preheat the oven to 200 degrees.\nMix the flour and the butter.\nBake for twenty minutes.\n", reason: /not a transcript, email or document format Mnemo reads \(\.xyz\)/ },
};

test("each kind of bad input is set aside with its reason while the batch goes on", async () => {
  const { vault: v } = await vault();
  await writeFile(path.join(v, "Inbox/2025-11-05 good.vtt"), VTT);
  for (const [name, { bytes }] of Object.entries(BAD)) await writeFile(path.join(v, "Inbox", name), bytes);
  const r = await runCli(["ingest"], { cwd: v });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /1 created, 0 pages updated, 0 skipped as duplicate, 7 failed/);
  const errLines = r.stderr.trim().split("\n");
  assert.equal(errLines.length, 7);
  const tree = await readTree(v);
  for (const [name, { reason }] of Object.entries(BAD)) {
    const line = errLines.find((l) => l.includes(`/Inbox/${name}:`));
    assert.ok(line, `stderr names ${name}`);
    assert.match(line!, reason, name);
    assert.ok(`Inbox/_failed/${name}` in tree, `${name} set aside`);
    assert.match(tree[`Inbox/_failed/${name}.error.txt`]!, reason, `${name}.error.txt has the reason`);
  }
  assert.equal(Object.keys(tree).filter((p) => p.startsWith("Meetings/")).length, 1);
});

test("--dry-run prints the plan as diffs and writes nothing, not even in .mnemo", async () => {
  const { vault: v } = await vault();
  await writeFile(path.join(v, "Inbox/2025-11-05 pricing.vtt"), VTT);
  await writeFile(path.join(v, "Inbox/empty.txt"), "");
  const before = await readTree(v);
  const r = await runCli(["ingest", "--dry-run"], { cwd: v });
  assert.deepEqual(await readTree(v), before);
  assert.match(r.stdout, /^\+\+\+ b\/Meetings\/2025\/2025-11-05 .*\.md/m);
  assert.match(r.stdout, /^\+- \[\?\] /m);
  assert.match(r.stdout, /^move .*Inbox\/2025-11-05 pricing\.vtt → Sources\/Transcripts\/2025\/2025-11-05 pricing\.vtt$/m);
  assert.match(r.stdout, /Dry run, nothing written: 1 would be created/);
  assert.equal(r.code, 1, "the empty file still fails the run");
});

test("the vault is found from --vault, MNEMO_VAULT or the current folder, and missing one is one clear line", async () => {
  const { root, vault: v } = await vault({ "x.vtt": VTT });
  assert.equal((await runCli(["ingest", "x.vtt", "--dry-run"], { cwd: root, env: { MNEMO_VAULT: v } })).code, 0);
  await mkdir(path.join(v, "Meetings", "deep"), { recursive: true });
  assert.equal((await runCli(["ingest", path.join(root, "x.vtt"), "--dry-run"], { cwd: path.join(v, "Meetings", "deep") })).code, 0);
  const none = await runCli(["ingest"], { cwd: root });
  assert.equal(none.code, 2);
  assert.equal(none.stderr.trim().split("\n").length, 1);
  assert.match(none.stderr, /no Mnemo vault here or above/);
});

test("parse --json prints the SourceDocument", async () => {
  const root = await tempTree({ "call.vtt": VTT });
  const r = await runCli(["parse", "call.vtt", "--json"], { cwd: root });
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.format, "webvtt");
  assert.deepEqual([...new Set(doc.segments.map((s: { speaker: string }) => s.speaker))], ["Dana Whitfield", "Raj Patel", "Speaker 1"]);
});

test("--max-size sets a file over the limit aside with its reason; a bad limit is one clear line", async () => {
  const { vault: v } = await vault();
  await writeFile(path.join(v, "Inbox/big.vtt"), VTT + "\n".repeat(64 * 1024));
  await writeFile(path.join(v, "Inbox/small.txt"), LINES);
  const r = await runCli(["ingest", "--max-size", "0.05"], { cwd: v });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /big\.vtt: file is .*over the .* size limit/);
  assert.match(r.stdout, /small\.txt/);
  const tree = await readTree(v);
  assert.ok(tree["Inbox/_failed/big.vtt"] !== undefined, Object.keys(tree).join(", "));
  const bad = await runCli(["parse", "--max-size", "lots", path.join(v, "Inbox/_failed/big.vtt")], { cwd: v });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^error: option '--max-size <MB>' argument 'lots' is invalid\. must be a positive number\n$/);
});

test("a reader that stops early (mnemo parse … | head) ends the command quietly, not with a stack trace", async () => {
  const root = await tempTree({ "long.txt": Array.from({ length: 20_000 }, (_, i) => `Dana Whitfield: Line ${i} of a long call about the pricing sheet.`).join("\n") });
  const { spawn } = await import("node:child_process");
  const child = spawn(process.execPath, [path.join(import.meta.dirname, "../../bin/mnemo.js"), "parse", "long.txt", "--json"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  assert.equal(stderr, "");
  assert.equal(code, 0);
});

test("an mbox whose threads span two years: every note points at the one archived file", async () => {
  const { vault: v } = await vault();
  await writeFile(path.join(v, "Inbox", "two.mbox"), await readFile(path.join(FIXTURES, "sources", "eml", "two-years.mbox")));
  const r = await runCli(["ingest"], { cwd: v });
  assert.equal(r.code, 0, r.stderr);
  const tree = await readTree(v);
  const refs = Object.keys(tree).filter((p) => p.startsWith("Email/")).map((p) => /^source_ref: (.*)$/m.exec(tree[p]!)?.[1]);
  assert.deepEqual(refs, ["Sources/Email/2024/two.mbox", "Sources/Email/2024/two.mbox"]);
  assert.ok(tree["Sources/Email/2024/two.mbox"] !== undefined);
});

test("an mbox whose later thread fails to apply: filed notes keep their archive, a copy is set aside to retry", async () => {
  const { vault: v } = await vault();
  await writeFile(path.join(v, "Inbox", "two.mbox"), await readFile(path.join(FIXTURES, "sources", "eml", "two-years.mbox")));
  // A folder where the second thread's note goes makes writing it fail.
  await mkdir(path.join(v, "Email/2025/2025-01-03 - Warehouse budget.md"), { recursive: true });
  const r = await runCli(["ingest"], { cwd: v });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /two\.mbox: .*Warehouse budget\.md.* \(set aside in Inbox\/_failed\/two\.mbox\)$/m);
  const tree = await readTree(v);
  assert.match(tree["Email/2024/2024-12-30 - Harbor lease renewal.md"]!, /^source_ref: Sources\/Email\/2024\/two\.mbox$/m);
  assert.ok(tree["Sources/Email/2024/two.mbox"] !== undefined, "the filed thread's source is archived");
  assert.equal(tree["Inbox/_failed/two.mbox"], tree["Sources/Email/2024/two.mbox"], "and a copy waits in _failed");
  assert.ok(tree["Inbox/_failed/two.mbox.error.txt"] !== undefined);
  assert.equal(tree["Inbox/two.mbox"], undefined);
});

test("an mbox gives a note per thread, is archived once, and is a duplicate the second time", async () => {
  const { vault: v } = await vault();
  const mbox = await readFile(path.join(FIXTURES, "sources", "eml", "archive.mbox"));
  await writeFile(path.join(v, "Inbox", "archive.mbox"), mbox);
  const r = await runCli(["ingest"], { cwd: v });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^3 created, /m);
  assert.equal((r.stdout.match(/← archive\.mbox#\d/g) ?? []).length, 3);
  const tree = await readTree(v);
  const notes = Object.keys(tree).filter((p) => p.startsWith("Email/"));
  assert.equal(notes.length, 3);
  const archived = Object.keys(tree).filter((p) => p.startsWith("Sources/"));
  assert.equal(archived.length, 1, "the mbox is archived once");
  assert.match(archived[0]!, /^Sources\/Email\/\d{4}\/archive\.mbox$/);
  for (const n of notes) assert.match(tree[n]!, /^source_ref: Sources\/Email\/\d{4}\/archive\.mbox$/m);
  await writeFile(path.join(v, "Inbox", "again.mbox"), mbox);
  const again = await runCli(["ingest"], { cwd: v });
  assert.match(again.stdout, /^0 created, 0 pages updated, 1 skipped as duplicate, 0 failed$/m);
});
