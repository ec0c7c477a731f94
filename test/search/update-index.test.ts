import assert from "node:assert/strict";
import { rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { openSearchIndex, SCHEMA_VERSION } from "../../src/search/open-search-index.ts";
import { parseSearchQuery } from "../../src/search/parse-search-query.ts";
import { searchIndex } from "../../src/search/search-index.ts";
import { indexLayout } from "../../src/search/search-vault.ts";
import { updateIndex } from "../../src/search/update-index.ts";
import { VaultConfig } from "../../src/vault/config.ts";
import { tempTree } from "../helpers/temp-dir.ts";

const config = VaultConfig.parse({ owner: { name: "Dana Whitfield" } });
const note = (title: string, body: string) => `---\ntype: meeting\ntitle: ${title}\ndate: 2025-11-05\n---\n\n# ${title}\n\n## Summary\n\n${body}\n`;

async function vault() {
  return tempTree({
    ".mnemo/config.yaml": "owner:\n  name: Dana Whitfield\n",
    "Meetings/2025/a.md": note("Alpha", "We talked about the zebra budget."),
    "Meetings/2025/b.md": note("Bravo", "Nothing about animals here."),
    "Email/2025/c.md": note("Charlie", "The giraffe shipment is late."),
    "Sources/Transcripts/2025/c.vtt": "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Raj>The okapi arrives Monday.\n",
    "Sources/Documents/2025/c.pdf": "%PDF-1.7\n\u0000\u0001binary",
    "Inbox/new.md": note("Inbox", "An unfiled wombat."),
  });
}
const find = (db: Database.Database, q: string) => searchIndex(db, parseSearchQuery(q)).map((h) => h.path);

test("the index is built from nothing, then only changed files are read", async () => {
  const root = await vault();
  const db = openSearchIndex(root, indexLayout(config));
  const first = updateIndex(db, root, config);
  assert.deepEqual(first.added.sort(), ["Email/2025/c.md", "Meetings/2025/a.md", "Meetings/2025/b.md", "Sources/Transcripts/2025/c.vtt"]);
  assert.deepEqual(find(db, "okapi"), ["Sources/Transcripts/2025/c.vtt"]);
  assert.deepEqual(find(db, "wombat"), [], "the inbox is not indexed");

  assert.deepEqual(updateIndex(db, root, config).read, [], "nothing changed: no file is opened");

  writeFileSync(path.join(root, "Meetings/2025/a.md"), note("Alpha", "We talked about the lion budget."));
  const second = updateIndex(db, root, config);
  assert.deepEqual(second.read, ["Meetings/2025/a.md"]);
  assert.deepEqual(second.changed, ["Meetings/2025/a.md"]);
  assert.deepEqual(find(db, "zebra"), []);
  assert.deepEqual(find(db, "lion"), ["Meetings/2025/a.md"]);

  const later = new Date(Date.now() + 60_000);
  utimesSync(path.join(root, "Meetings/2025/b.md"), later, later);
  const touched = updateIndex(db, root, config);
  assert.deepEqual(touched.read, ["Meetings/2025/b.md"], "a new mtime makes it read");
  assert.deepEqual(touched.changed, [], "but the same hash is not parsed again");

  rmSync(path.join(root, "Email/2025/c.md"));
  const third = updateIndex(db, root, config);
  assert.deepEqual(third.removed, ["Email/2025/c.md"]);
  assert.deepEqual(find(db, "giraffe"), []);
  db.close();
});

test("the index is a cache: deleted, damaged or of another schema version, it is rebuilt", async () => {
  const root = await vault();
  const file = path.join(root, ".mnemo/index.sqlite");
  let db = openSearchIndex(root, indexLayout(config));
  updateIndex(db, root, config);
  db.close();

  rmSync(file);
  db = openSearchIndex(root, indexLayout(config));
  assert.equal(updateIndex(db, root, config).added.length, 4);
  assert.deepEqual(find(db, "zebra"), ["Meetings/2025/a.md"]);
  db.close();

  const raw = new Database(file);
  raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  raw.close();
  db = openSearchIndex(root, indexLayout(config));
  assert.equal(db.pragma("user_version", { simple: true }), SCHEMA_VERSION);
  assert.equal(updateIndex(db, root, config).added.length, 4, "a mismatched version starts empty");
  db.close();

  writeFileSync(file, "this is not a database at all, just text");
  db = openSearchIndex(root, indexLayout(config));
  assert.equal(updateIndex(db, root, config).added.length, 4);
  db.close();
});
