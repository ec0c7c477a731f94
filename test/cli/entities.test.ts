import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { runCli } from "../helpers/run-cli.ts";
import { readTree, tempTree } from "../helpers/temp-dir.ts";

const page = (name: string, extra = "") => `---\ntype: person\ntitle: ${name}\naliases: []\n${extra}last_contact: 2025-10-01\n---\n\n# ${name}\n\n## Recent context\n\n- 2025-10-01 · [[Meetings/2025/2025-10-01 - Sync|Sync]]\n`;
const sync = "---\ntype: meeting\nparticipants:\n  - Dana Whitfield\n  - Koncha\n---\n\n**With**: Dana Whitfield, [[Koncha]]\n\n## Action Items\n\n- [?] Send the deck @Koncha #task #proposed #auto\n";

async function vault(files: Record<string, string> = {}, owner = "Dana Whitfield") {
  const root = await tempTree();
  const init = await runCli(["init", "vault", "--owner", owner], { cwd: root });
  assert.equal(init.code, 0, init.stderr);
  const v = path.join(root, "vault");
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(v, rel)), { recursive: true });
    await writeFile(path.join(v, rel), text);
  }
  return v;
}

test("people lists each person with last contact and open tasks; pages the user wrote anywhere count", async () => {
  const v = await vault({ "People/Koncha.md": page("Koncha"), "Meetings/2025/2025-10-01 - Sync.md": sync, "Northwind.md": "---\ntype: account\n---\n# Northwind\n" });
  const r = await runCli(["people", "--json"], { cwd: v });
  assert.equal(r.code, 0, r.stderr);
  const rows = JSON.parse(r.stdout) as { name: string; last_contact: string; open_tasks: number }[];
  assert.deepEqual(rows.map((x) => [x.name, x.last_contact, x.open_tasks]), [["Koncha", "2025-10-01", 1]]);
  const accounts = await runCli(["accounts"], { cwd: v });
  assert.match(accounts.stdout, /^Northwind\s+-\s+0$/m);
});

test("entity merge rewrites links, owners and frontmatter across the vault, as one journaled change", async () => {
  const v = await vault({
    "People/Koncha.md": page("Koncha"),
    "People/Kanchan Mehrotra.md": page("Kanchan Mehrotra", "email: kanchan@contoso.test\n"),
    "Meetings/2025/2025-10-01 - Sync.md": sync,
  });
  const r = await runCli(["entity", "merge", "Koncha", "Kanchan Mehrotra"], { cwd: v });
  assert.equal(r.code, 0, r.stderr);
  const tree = await readTree(v);
  assert.equal(tree["People/Koncha.md"], undefined);
  assert.match(tree["People/Kanchan Mehrotra.md"]!, /^aliases:\n {2}- Koncha$/m);
  assert.equal(
    tree["Meetings/2025/2025-10-01 - Sync.md"],
    "---\ntype: meeting\nparticipants:\n  - Dana Whitfield\n  - Kanchan Mehrotra\n---\n\n**With**: Dana Whitfield, [[Kanchan Mehrotra]]\n\n## Action Items\n\n- [?] Send the deck @Kanchan Mehrotra #task #proposed #auto\n",
  );
  assert.deepEqual(Object.keys(tree).filter((p) => p.startsWith(".mnemo/journal/")), [], "transaction committed");
  const again = await runCli(["entity", "merge", "Koncha", "Kanchan Mehrotra"], { cwd: v });
  assert.equal(again.code, 2);
  assert.match(again.stderr, /^mnemo: "Koncha" and "Kanchan Mehrotra" are the same page$/m, "Koncha is now an alias");
});

test("entity merge is a run: mnemo undo puts every file back byte for byte, deleted page included", async () => {
  const v = await vault({
    "People/Koncha.md": page("Koncha"),
    "People/Kanchan Mehrotra.md": page("Kanchan Mehrotra"),
    "Meetings/2025/2025-10-01 - Sync.md": sync,
  });
  const notes = (t: Record<string, string>) => Object.fromEntries(Object.entries(t).filter(([p]) => !p.startsWith(".mnemo/")));
  const before = notes(await readTree(v));
  const r = await runCli(["entity", "merge", "Koncha", "Kanchan Mehrotra"], { cwd: v });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /\(run \S+; `mnemo undo` reverses it\)/);
  assert.notDeepEqual(notes(await readTree(v)), before);
  const undo = await runCli(["undo"], { cwd: v });
  assert.equal(undo.code, 0, undo.stderr);
  assert.deepEqual(notes(await readTree(v)), before);
});

test("entity rename moves the page and every reference follows", async () => {
  const v = await vault({ "People/Koncha.md": page("Koncha"), "Meetings/2025/2025-10-01 - Sync.md": sync });
  const r = await runCli(["entity", "rename", "Koncha", "Kanchan Mehrotra"], { cwd: v });
  assert.equal(r.code, 0, r.stderr);
  const tree = await readTree(v);
  assert.ok(!tree["People/Koncha.md"]);
  assert.match(tree["People/Kanchan Mehrotra.md"]!, /^title: Kanchan Mehrotra$/m);
  assert.match(tree["Meetings/2025/2025-10-01 - Sync.md"]!, /\[\[Kanchan Mehrotra\]\]/);
  assert.doesNotMatch(tree["Meetings/2025/2025-10-01 - Sync.md"]!, /Koncha/);
});

test("ingest: a near-miss name is left unresolved (no page), listed, and settled by alias add", async () => {
  const v = await vault({ "People/Priya Natarajan.md": page("Priya Natarajan"), "People/Priya Natarajen.md": page("Priya Natarajen") });
  await writeFile(path.join(v, "Inbox/2025-03-14 call.txt"), "Dana Whitfield: Hello Priya Natarajon, good to see you.\nPriya Natarajon: Likewise. I will send the budget by Friday.\n");
  const r = await runCli(["ingest"], { cwd: v });
  assert.equal(r.code, 0, r.stderr);
  const tree = await readTree(v);
  assert.ok(!Object.keys(tree).some((p) => p.includes("Natarajon.md")), "no page for the unresolved name");
  const list = await runCli(["unresolved"], { cwd: v });
  assert.match(list.stdout, /^Priya Natarajon: close to several pages \(Priya Natarajan, Priya Natarajen\)/m);
  const add = await runCli(["alias", "add", "Priya Natarajon", "Priya Natarajan"], { cwd: v });
  assert.equal(add.code, 0, add.stderr);
  assert.match(await readFile(path.join(v, "People/Priya Natarajan.md"), "utf8"), /^aliases:\n {2}- Priya Natarajon$/m);
  const meeting = Object.entries(await readTree(v)).find(([p]) => p.startsWith("Meetings/"))![1];
  assert.match(meeting, /^ {2}- Priya Natarajan$/m, "the note written before the alias names the page");
  assert.match(meeting, /@Priya Natarajan\b/, "and its task owner follows");
  assert.match(add.stdout, /; 1 note written before now points at it$/m);
  assert.match((await runCli(["unresolved"], { cwd: v })).stdout, /No names are waiting/);
});

test("ingest of a 1:1: the note is about the other person; the Remote placeholder gets no page", async () => {
  const v = await vault({}, "Marco Bellini");
  const src = await readFile(path.join(import.meta.dirname, "../fixtures/sources/2025-03-14 - 1-1 - Priya Natarajan - 2025-03-14.md"), "utf8");
  await writeFile(path.join(v, "Inbox/2025-03-14 - 1-1 - Priya Natarajan - 2025-03-14.md"), src);
  const r = await runCli(["ingest"], { cwd: v });
  assert.equal(r.code, 0, r.stderr);
  const tree = await readTree(v);
  const note = Object.entries(tree).find(([p]) => p.startsWith("Meetings/"))?.[1] ?? "";
  assert.match(note, /^type: people$/m);
  assert.match(note, /^person: Priya Natarajan$/m);
  assert.ok(tree["People/Priya Natarajan.md"]);
  assert.ok(!Object.keys(tree).some((p) => /People\/(Remote|Unknown|Speaker)/.test(p)));
});

test("the unresolved list is part of the run: undo of the ingest forgets its names, undo of alias add brings the name back", async () => {
  const v = await vault({ "People/Priya Natarajan.md": page("Priya Natarajan"), "People/Priya Natarajen.md": page("Priya Natarajen") });
  await writeFile(path.join(v, "Inbox/2025-03-14 call.txt"), "Dana Whitfield: Hello Priya Natarajon, good to see you.\nPriya Natarajon: Likewise. I will send the budget by Friday.\n");
  const waiting = async () => (await runCli(["unresolved"], { cwd: v })).stdout;
  assert.equal((await runCli(["ingest"], { cwd: v })).code, 0);
  assert.match(await waiting(), /^Priya Natarajon:/m);
  assert.equal((await runCli(["alias", "add", "Priya Natarajon", "Priya Natarajan"], { cwd: v })).code, 0);
  assert.match(await waiting(), /No names are waiting/);
  const undoAlias = await runCli(["undo"], { cwd: v });
  assert.equal(undoAlias.code, 0, undoAlias.stderr);
  assert.match(await waiting(), /^Priya Natarajon:/m, "the name waits again");
  const undoIngest = await runCli(["undo"], { cwd: v });
  assert.equal(undoIngest.code, 0, undoIngest.stderr);
  assert.match(await waiting(), /No names are waiting/);
  assert.equal((await readTree(v))[".mnemo/unresolved.json"], undefined, "the list is gone with the run that made it");
});

test("in a git vault that ignores .mnemo/, a run that leaves names unresolved still commits its notes and nothing of .mnemo/", async () => {
  const v = await vault({ "People/Priya Natarajan.md": page("Priya Natarajan"), "People/Priya Natarajen.md": page("Priya Natarajen"), ".gitignore": ".mnemo/\n" });
  const git = (...args: string[]) => execFileSync("git", args, { cwd: v, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "T", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "T", GIT_COMMITTER_EMAIL: "t@example.com" } });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "start");
  await writeFile(path.join(v, "Inbox/2025-03-14 call.txt"), "Dana Whitfield: Hello Priya Natarajon, good to see you.\nPriya Natarajon: Likewise. I will send the budget by Friday.\n");
  const r = await runCli(["ingest"], { cwd: v });
  assert.equal(r.code, 0, r.stderr);
  assert.match((await readTree(v))[".mnemo/unresolved.json"]!, /Priya Natarajon/);
  const files = git("show", "--name-only", "--format=", "HEAD").trim().split("\n");
  assert.ok(files.some((f) => f.startsWith("Meetings/")), files.join(", "));
  assert.ok(!files.some((f) => f.startsWith(".mnemo/")), files.join(", "));
});
