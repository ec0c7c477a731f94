import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { runCli } from "../helpers/run-cli.ts";
import { HIRING, PRICING, RENEWAL, SOURCE, searchVault } from "./search-fixture.ts";

type Hit = { path: string; heading: string | null; line: number; link: string; kind: string; snippet: string; date: string | null; task?: { owner: string | null } };

async function searchJson(root: string, ...query: string[]): Promise<Hit[]> {
  const r = await runCli(["search", "--vault", root, "--json", ...query]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Hit[];
}
const paths = (hits: Hit[]) => hits.map((h) => h.path).sort();

test("mnemo search: ranked hits with the file, heading and line to open and the match in **bold**", async () => {
  const root = await searchVault();
  const r = await runCli(["search", "--vault", root, "seat"]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split("\n");
  assert.equal(lines[0], "1. Pricing review with Raj  (2025-11-05, meeting)");
  assert.match(lines[1]!, /^ {3}Meetings\/2025\/2025-11-05 - Pricing review\.md › (Decisions|Key Information):\d+$/);
  assert.match(r.stdout, /\*\*seats?\*\*/);
  assert.ok(existsSync(path.join(root, ".mnemo/index.sqlite")), "the index was built on first use");

  const [hit] = await searchJson(root, "competitor");
  assert.equal(hit!.path, SOURCE, "archived source text is searchable");
  const json = await searchJson(root, "per", "seat");
  assert.equal(json[0]!.heading, "Decisions");
  assert.equal(json[0]!.link, "[[Meetings/2025/2025-11-05 - Pricing review#Decisions]]");
  assert.equal(readFileSync(path.join(root, PRICING), "utf8").split("\n")[json[0]!.line - 1], "- Hold the enterprise price at 40 dollars per seat for Acme.");
  assert.match(json[0]!.snippet, /\*\*per\*\* \*\*seat\*\*/);
});

test("each filter narrows the results", async () => {
  const root = await searchVault();
  assert.deepEqual(paths(await searchJson(root, "pricing")), [RENEWAL, PRICING, "People/Raj Patel.md", SOURCE].sort());
  assert.deepEqual(paths(await searchJson(root, "pricing", "person:raj")), [PRICING, "People/Raj Patel.md", SOURCE].sort());
  assert.deepEqual(paths(await searchJson(root, "pricing", 'person:"Mia Chen"')), [RENEWAL]);
  assert.deepEqual(paths(await searchJson(root, "pricing", "account:globex")), [RENEWAL]);
  assert.deepEqual(paths(await searchJson(root, "account:acme")), ["Accounts/Acme.md", PRICING].sort(), "a filter alone lists files");
  assert.deepEqual(paths(await searchJson(root, "pricing", "type:email")), [RENEWAL]);
  assert.deepEqual(paths(await searchJson(root, "type:person")), ["People/Raj Patel.md"]);
  assert.deepEqual(paths(await searchJson(root, "pricing", "after:2025-11-01")), [PRICING, SOURCE].sort());
  assert.deepEqual(paths(await searchJson(root, "pricing", "before:2025-11-05")), [RENEWAL]);
  assert.deepEqual(paths(await searchJson(root, "type:meeting", "before:2025")), [HIRING]);
  assert.deepEqual(paths(await searchJson(root, "tag:project")), [PRICING], "nested tags match their parent");
  assert.deepEqual(paths(await searchJson(root, "forty", "person:raj")), [SOURCE], "a source is filtered by its note's people");
  assert.deepEqual(paths(await searchJson(root, "forty", "person:mia")), []);

  const tasks = await searchJson(root, "send", "in:tasks");
  assert.deepEqual(tasks.map((t) => [t.path, t.kind, t.task?.owner]).sort(), [[PRICING, "tasks", "Raj Patel"], [RENEWAL, "tasks", "Myself"]].sort());
  assert.deepEqual((await searchJson(root, "renewal", "in:decisions")).map((h) => [h.path, h.heading]), [[RENEWAL, "Decisions"]]);
  assert.deepEqual((await searchJson(root, "acme", "in:facts")).map((h) => [h.path, h.heading]), [[PRICING, "Key Information"]]);
});

test("quotes, dashes and operators in a query never reach FTS5 as syntax", async () => {
  const root = await searchVault();
  for (const q of ['"', 'price"', "-", "pricing -", "NEAR(pricing", "pricing AND OR", "per-seat", "'; DROP TABLE files; --", "*", "title:pricing", "-x"]) {
    const r = await runCli(["search", "--vault", root, "--json", "--", q]);
    assert.ok(r.code === 0 || r.code === 2, `${q}: ${r.stderr}`);
    assert.doesNotMatch(r.stderr, /SqliteError|fts5/i, q);
  }
  assert.deepEqual(paths(await searchJson(root, "--", "pricing", "-discount", "type:meeting")), []);
  assert.deepEqual(paths(await searchJson(root, "--", "pricing", "-competitor", "-discount")), [RENEWAL, "People/Raj Patel.md"].sort());
  const bad = await runCli(["search", "--vault", root, "after:soon"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /after:soon: expected a date/);
});

test("ingest and mnemo index keep the index current; a deleted index is rebuilt", async () => {
  const root = await searchVault();
  const first = await runCli(["index", "--vault", root, "--json"]);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(JSON.parse(first.stdout).added.length, 6);
  const vtt = "WEBVTT\n\n00:00.000 --> 00:03.000\n<v Raj Patel>We should order the flamingo feeders today.\n\n00:03.000 --> 00:06.000\n<v Dana Whitfield>Agreed, I will order them.\n";
  const { mkdir, writeFile } = await import("node:fs/promises");
  await mkdir(path.join(root, "Inbox"), { recursive: true });
  await writeFile(path.join(root, "Inbox/2025-11-06 birds.vtt"), vtt);
  const ingest = await runCli(["ingest", "--vault", root]);
  assert.equal(ingest.code, 0, ingest.stderr);
  const hits = await searchJson(root, "flamingo", "--no-refresh");
  assert.ok(hits.some((h) => h.path.startsWith("Meetings/2025/")), "the new note is found without `mnemo index`");
  assert.ok(hits.some((h) => h.path.startsWith("Sources/")), "so is its archived source");

  rmSync(path.join(root, ".mnemo/index.sqlite"));
  const again = await runCli(["index", "--vault", root]);
  assert.match(again.stdout, /^Indexed 8 files: 8 added, 0 changed, 0 removed \(8 read\)/);
});
