import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { CONFIG_DIR } from "../vault/config.ts";

/** Bump on any change to the tables below: an index of another version is thrown away and rebuilt. */
export const SCHEMA_VERSION = 1;
export const INDEX_FILE = "index.sqlite";

export type SearchDb = Database.Database;

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  type TEXT,
  title TEXT NOT NULL,
  date TEXT,
  source_ref TEXT,
  note_id INTEGER,
  mtime_ms REAL NOT NULL,
  size INTEGER NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX files_source_ref ON files (source_ref);
CREATE TABLE file_keys (file_id INTEGER NOT NULL, field TEXT NOT NULL, key TEXT NOT NULL);
CREATE INDEX file_keys_lookup ON file_keys (field, key, file_id);
CREATE INDEX file_keys_file ON file_keys (file_id, field, key);
CREATE TABLE passages (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  heading TEXT,
  line INTEGER NOT NULL,
  hash TEXT NOT NULL,
  task_status TEXT,
  task_owner TEXT,
  task_due TEXT
);
CREATE INDEX passages_file ON passages (file_id);
CREATE INDEX passages_hash ON passages (hash);
CREATE VIRTUAL TABLE passages_fts USING fts5 (title, heading, body, tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO passages_fts (passages_fts, rank) VALUES ('rank', 'bm25(2.0, 2.0, 1.0)');
CREATE TABLE embeddings (hash TEXT NOT NULL, model TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (hash, model)) WITHOUT ROWID;
`;

/**
 * The vault's search index, `.mnemo/index.sqlite`. It is a cache of the vault: when it is missing,
 * unreadable, of another schema version or made for other folder names, it is deleted and made
 * anew (empty; `updateIndex` fills it).
 */
export function openSearchIndex(root: string, layout: string): SearchDb {
  const dir = path.join(root, CONFIG_DIR);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, INDEX_FILE);
  try {
    const db = open(file);
    if (db.pragma("user_version", { simple: true }) === SCHEMA_VERSION && layoutOf(db) === layout) return db;
    db.close();
  } catch {
    // Not a database, or a damaged one: it is only a cache.
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
  const db = open(file);
  db.transaction(() => {
    db.exec(SCHEMA);
    db.prepare("INSERT INTO meta (key, value) VALUES ('layout', ?)").run(layout);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
  return db;
}

function open(file: string): SearchDb {
  const db = new Database(file);
  db.pragma("busy_timeout = 10000");
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("temp_store = MEMORY");
  return db;
}

function layoutOf(db: SearchDb): string | null {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'layout'").get() as { value: string } | undefined;
  return row?.value ?? null;
}
