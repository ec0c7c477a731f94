import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { FIXTURES, fixture } from "../helpers/fixtures.ts";
import { runCli } from "../helpers/run-cli.ts";
import { readTree, tempTree } from "../helpers/temp-dir.ts";

const INPUTS = ["2025-11-05 pricing.vtt", "2025-11-06 launch.txt", "2025-11-07 follow-up.srt"];
const withoutRecords = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([p]) => !p.startsWith(".mnemo/") && !p.startsWith(".git/")));

async function vaultWithInbox(): Promise<string> {
  const root = await tempTree();
  assert.equal((await runCli(["init", "v", "--owner", "Dana Whitfield"], { cwd: root })).code, 0);
  const vault = path.join(root, "v");
  for (const name of INPUTS) await cp(path.join(FIXTURES, "inbox", name), path.join(vault, "Inbox", name));
  return vault;
}

const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "T", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "T", GIT_COMMITTER_EMAIL: "t@example.com" } });

test("--jobs 4 gives a vault byte-identical to --jobs 1", async () => {
  const drop = await tempTree(Object.fromEntries(INPUTS.map((n) => [n, fixture(`inbox/${n}`)])));
  const trees = [];
  for (const jobs of ["1", "4"]) {
    const root = await tempTree();
    await runCli(["init", "v", "--owner", "Dana Whitfield"], { cwd: root });
    const r = await runCli(["ingest", drop, "--vault", path.join(root, "v"), "--jobs", jobs], { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    trees.push(withoutRecords(await readTree(path.join(root, "v"))));
  }
  assert.ok(Object.keys(trees[0]!).some((p) => p.startsWith("Meetings/")));
  assert.deepEqual(trees[1], trees[0]);
});

test("undo puts the vault back as before the run, sources back in the inbox", async () => {
  const vault = await vaultWithInbox();
  const before = withoutRecords(await readTree(vault));
  const ingest = await runCli(["ingest"], { cwd: vault });
  assert.equal(ingest.code, 0, ingest.stderr);
  const runId = /^Run ([^\s,;]+)/m.exec(ingest.stdout)?.[1];
  assert.ok(runId, ingest.stdout);
  assert.notDeepEqual(withoutRecords(await readTree(vault)), before);
  const undo = await runCli(["undo", runId!], { cwd: vault });
  assert.equal(undo.code, 0, undo.stderr);
  assert.deepEqual(withoutRecords(await readTree(vault)), before);
  const record = JSON.parse(await readFile(path.join(vault, ".mnemo/runs", `${runId}.json`), "utf8"));
  assert.ok(record.undoneAt);
  assert.equal(record.inputs.length, 3);
  assert.equal((await runCli(["undo", runId!], { cwd: vault })).code, 2, "a run is undone once");
});

test("undo refuses, changing nothing, when a note was edited since the run", async () => {
  const vault = await vaultWithInbox();
  await runCli(["ingest"], { cwd: vault });
  const note = (await readdir(path.join(vault, "Meetings/2025")))[0]!;
  await writeFile(path.join(vault, "Meetings/2025", note), "my own rewrite\n");
  const before = await readTree(vault);
  const undo = await runCli(["undo"], { cwd: vault });
  assert.equal(undo.code, 2);
  assert.match(undo.stderr, /not undone, nothing changed: Meetings\/2025\/.* was edited since the run/);
  assert.deepEqual(await readTree(vault), before);
});

test("in a git vault a run is one commit of exactly its files; undo is another; the user's staged work stays staged", async () => {
  const vault = await vaultWithInbox();
  git(vault, "init", "-q");
  await writeFile(path.join(vault, "mine.md"), "draft\n");
  git(vault, "add", "-A");
  git(vault, "commit", "-q", "-m", "start");
  await writeFile(path.join(vault, "mine.md"), "draft, edited and staged\n");
  git(vault, "add", "mine.md");
  const r = await runCli(["ingest"], { cwd: vault });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(git(vault, "log", "-1", "--format=%s").trim(), "mnemo ingest: 3 sources filed");
  const files = git(vault, "show", "--no-renames", "--name-status", "--format=", "HEAD").trim().split("\n");
  assert.ok(files.some((l) => /^A\tMeetings\/2025\//.test(l)));
  assert.ok(files.some((l) => /^D\tInbox\/2025-11-05 pricing\.vtt$/.test(l)));
  assert.ok(!files.some((l) => l.includes("mine.md")), "the user's staged file is not in Mnemo's commit");
  assert.equal(git(vault, "diff", "--cached", "--name-only").trim(), "mine.md", "and it is still staged");
  assert.equal((await runCli(["undo"], { cwd: vault })).code, 0);
  assert.match(git(vault, "log", "-1", "--format=%s"), /^mnemo undo: run /);
  assert.equal(git(vault, "ls-files", "Inbox").trim().split("\n").length, 3);
});

test("a git vault run with a failure commits nothing", async () => {
  const vault = await vaultWithInbox();
  await writeFile(path.join(vault, "Inbox", "empty.md"), "");
  git(vault, "init", "-q");
  git(vault, "add", "-A");
  git(vault, "commit", "-q", "-m", "start");
  const r = await runCli(["ingest"], { cwd: vault });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /not committed: some sources failed/);
  assert.equal(git(vault, "rev-list", "--count", "HEAD").trim(), "1");
});

test("a live lock stops a second writer and names its holder; a dead holder's lock is taken over", async () => {
  const vault = await vaultWithInbox();
  await writeFile(path.join(vault, ".mnemo/lock"), JSON.stringify({ pid: process.pid, host: hostname(), command: "ingest", started: "2025-01-01T00:00:00Z" }));
  const blocked = await runCli(["ingest"], { cwd: vault });
  assert.equal(blocked.code, 2);
  assert.match(blocked.stderr, new RegExp(`vault is locked by process ${process.pid} on .* \\(ingest, since 2025-01-01T00:00:00Z\\)`));
  assert.ok("Inbox/2025-11-05 pricing.vtt" in (await readTree(vault)), "nothing was ingested");
  await writeFile(path.join(vault, ".mnemo/lock"), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), command: "ingest", started: "x" }));
  const r = await runCli(["ingest"], { cwd: vault });
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!(".mnemo/lock" in (await readTree(vault))), "the lock is released");
});

test("two different sources with one name archive under distinct names", async () => {
  const root = await tempTree({ "a/call.vtt": fixture("inbox/2025-11-05 pricing.vtt"), "b/call.vtt": fixture("inbox/2025-11-05 pricing.vtt").replace("120 thousand", "150 thousand") });
  await runCli(["init", "v", "--owner", "Dana Whitfield"], { cwd: root });
  const r = await runCli(["ingest", "a", "b", "--vault", "v"], { cwd: root });
  assert.equal(r.code, 0, r.stderr);
  const archived = Object.keys(await readTree(path.join(root, "v"))).filter((p) => p.startsWith("Sources/"));
  assert.equal(archived.length, 2);
  assert.ok(archived.some((p) => p.endsWith("/call.vtt")) && archived.some((p) => p.endsWith("/call (2).vtt")), archived.join());
});

test("an interrupted run is recovered by the next command before it does anything else", async () => {
  const vault = await vaultWithInbox();
  // What a crash leaves: a journal entry and a half-applied change (a note written, source not yet moved).
  await mkdir(path.join(vault, ".mnemo/journal"), { recursive: true });
  await mkdir(path.join(vault, "Meetings/2025"), { recursive: true });
  await writeFile(path.join(vault, "Meetings/2025/half.md"), "---\ntitle: half");
  await writeFile(path.join(vault, "Meetings/2025/.half.md.mnemo-tmp-abcd"), "partial");
  await writeFile(
    path.join(vault, ".mnemo/journal/1-a.json"),
    JSON.stringify({ version: 1, id: "1-a", source: "x.vtt", files: [{ path: "Meetings/2025/half.md", prior: null }], archives: [] }),
  );
  const r = await runCli(["recover"], { cwd: vault });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /rolled back the interrupted transaction for x\.vtt/);
  const tree = await readTree(vault);
  assert.ok(!Object.keys(tree).some((p) => p.startsWith("Meetings/") || p.startsWith(".mnemo/journal/")), Object.keys(tree).join());
});

test("ingest --force regenerates a note and keeps what the user changed", async () => {
  const root = await tempTree({ "drop/2025-11-05 pricing.vtt": fixture("inbox/2025-11-05 pricing.vtt") });
  await runCli(["init", "v", "--owner", "Dana Whitfield"], { cwd: root });
  const vault = path.join(root, "v");
  assert.equal((await runCli(["ingest", "drop", "--vault", vault], { cwd: root })).code, 0);
  const [note] = Object.keys(await readTree(vault)).filter((p) => p.startsWith("Meetings/"));
  const file = path.join(vault, note!);
  const original = await readFile(file, "utf8");
  const edited = original.replace(/^- \[\?\] (.*)$/m, "- [x] $1").replace("## Decisions\n\n", "## Decisions\n\n- Ask legal about the discount.\n");
  assert.notEqual(edited, original);
  await writeFile(file, edited);
  const pagesBefore = Object.entries(await readTree(vault)).filter(([p]) => p.startsWith("People/"));
  const r = await runCli(["ingest", "drop", "--vault", vault, "--force"], { cwd: root });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /regenerated Meetings\/2025\/.* \(no change\)|regenerated Meetings\/2025\//);
  const after = await readFile(file, "utf8");
  assert.match(after, /^- \[x\] /m, "the task the user marked done stays done");
  assert.match(after, /^- Ask legal about the discount\.$/m, "the user's decision stays");
  assert.equal(after.split("\n## Action Items\n").length, 2);
  assert.deepEqual(Object.entries(await readTree(vault)).filter(([p]) => p.startsWith("People/")), pagesBefore, "no second ledger line");
});
