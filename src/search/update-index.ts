import { readFileSync } from "node:fs";
import path from "node:path";
import { sha256 } from "../shared/sha256.ts";
import type { VaultConfig } from "../vault/config.ts";
import type { SearchDb } from "./open-search-index.ts";
import type { IndexedFile } from "./passage.ts";
import { readNote } from "./read-note.ts";
import { readSourceText } from "./read-source-text.ts";
import { walkVault } from "./walk-vault.ts";

export type IndexStats = {
  /** Files the index now covers. */
  files: number;
  added: string[];
  changed: string[];
  removed: string[];
  /** Files read because their time or size changed, whether or not their content had. */
  read: string[];
  ms: number;
};

type Row = { id: number; path: string; mtime_ms: number; size: number; hash: string };

/**
 * Brings the index up to date with the vault in one transaction. A file whose modification time
 * and size are as indexed is not opened; one whose bytes hash as before is not parsed again; a
 * file no longer in the vault leaves the index. Sources take their note's date, people and tags
 * (through the note's `source_ref`) for filtering.
 */
export function updateIndex(db: SearchDb, root: string, config: VaultConfig): IndexStats {
  const started = performance.now();
  const files = walkVault(root, config);
  const known = new Map((db.prepare("SELECT id, path, mtime_ms, size, hash FROM files").all() as Row[]).map((r) => [r.path, r]));
  const stats: IndexStats = { files: 0, added: [], changed: [], removed: [], read: [], ms: 0 };
  const s = statements(db);

  db.transaction(() => {
    const seen = new Set<string>();
    for (const f of files) {
      seen.add(f.rel);
      const row = known.get(f.rel);
      if (row && row.mtime_ms === f.mtimeMs && row.size === f.size) continue;
      let bytes: Buffer;
      try {
        bytes = readFileSync(path.join(root, f.rel));
      } catch {
        seen.delete(f.rel);
        continue;
      }
      stats.read.push(f.rel);
      const hash = sha256(bytes);
      if (row && row.hash === hash) {
        s.touch.run(f.mtimeMs, f.size, row.id);
        continue;
      }
      const parsed = f.kind === "markdown" ? readNote(f.rel, bytes.toString("utf8")) : readSourceText(f.rel, bytes);
      if (row) removeContent(s, row.id);
      if (!parsed) {
        // Not text after all: remembered by hash so it is not read again, but holds no passages.
        if (row) s.updateFile.run(...emptyFile(f.rel), f.mtimeMs, f.size, hash, row.id);
        else s.insertFile.run(f.rel, "source", "source", f.rel, null, null, f.mtimeMs, f.size, hash);
        continue;
      }
      const id = row ? (s.updateFile.run(...fileValues(parsed), f.mtimeMs, f.size, hash, row.id), row.id) : Number(s.insertFile.run(f.rel, ...fileValues(parsed), f.mtimeMs, f.size, hash).lastInsertRowid);
      insertContent(s, id, parsed);
      (row ? stats.changed : stats.added).push(f.rel);
    }
    for (const [rel, row] of known) {
      if (seen.has(rel)) continue;
      removeContent(s, row.id);
      s.deleteFile.run(row.id);
      stats.removed.push(rel);
    }
    if (stats.added.length || stats.changed.length || stats.removed.length) s.linkSources.run();
  })();
  stats.files = (db.prepare("SELECT count(*) AS n FROM files").get() as { n: number }).n;
  stats.ms = performance.now() - started;
  return stats;
}

/** Empties the index (`mnemo index --rebuild`); the next update reads every file. */
export function clearIndex(db: SearchDb): void {
  db.transaction(() => {
    db.exec("DELETE FROM passages_fts; DELETE FROM passages; DELETE FROM file_keys; DELETE FROM files;");
  })();
}

/** Drops stored vectors of passages no longer in the index. */
export function pruneEmbeddings(db: SearchDb): number {
  return db.prepare("DELETE FROM embeddings WHERE hash NOT IN (SELECT hash FROM passages)").run().changes;
}

function statements(db: SearchDb) {
  return {
    touch: db.prepare("UPDATE files SET mtime_ms = ?, size = ? WHERE id = ?"),
    insertFile: db.prepare("INSERT INTO files (path, kind, type, title, date, source_ref, mtime_ms, size, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    updateFile: db.prepare("UPDATE files SET (kind, type, title, date, source_ref) = (?, ?, ?, ?, ?), mtime_ms = ?, size = ?, hash = ? WHERE id = ?"),
    deleteFile: db.prepare("DELETE FROM files WHERE id = ?"),
    deleteFts: db.prepare("DELETE FROM passages_fts WHERE rowid IN (SELECT id FROM passages WHERE file_id = ?)"),
    deletePassages: db.prepare("DELETE FROM passages WHERE file_id = ?"),
    deleteKeys: db.prepare("DELETE FROM file_keys WHERE file_id = ?"),
    insertKey: db.prepare("INSERT INTO file_keys (file_id, field, key) VALUES (?, ?, ?)"),
    insertPassage: db.prepare("INSERT INTO passages (file_id, kind, heading, line, hash, task_status, task_owner, task_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
    insertFts: db.prepare("INSERT INTO passages_fts (rowid, title, heading, body) VALUES (?, ?, ?, ?)"),
    linkSources: db.prepare("UPDATE files SET note_id = (SELECT n.id FROM files n WHERE n.source_ref = files.path LIMIT 1) WHERE kind = 'source'"),
  };
}
type Statements = ReturnType<typeof statements>;

function fileValues(f: IndexedFile): [string, string | null, string, string | null, string | null] {
  return [f.kind, f.type, f.title, f.date, f.sourceRef];
}

function emptyFile(rel: string): [string, string, string, null, null] {
  return ["source", "source", rel, null, null];
}

function removeContent(s: Statements, id: number): void {
  s.deleteFts.run(id);
  s.deletePassages.run(id);
  s.deleteKeys.run(id);
}

function insertContent(s: Statements, id: number, f: IndexedFile): void {
  const keys = new Set<string>();
  for (const n of f.people) for (const k of nameKeys(n)) keys.add(`person\0${k}`);
  for (const n of f.accounts) for (const k of nameKeys(n)) keys.add(`account\0${k}`);
  for (const t of f.tags) keys.add(`tag\0${t}`);
  for (const k of keys) {
    const [field, key] = k.split("\0") as [string, string];
    s.insertKey.run(id, field, key);
  }
  for (const p of f.passages) {
    const pid = Number(s.insertPassage.run(id, p.kind, p.heading, p.line, sha256(p.text), p.task?.status ?? null, p.task?.owner ?? null, p.task?.due ?? null).lastInsertRowid);
    s.insertFts.run(pid, f.title, p.heading ?? "", p.text);
  }
}

/** A name is found by its whole self and by each of its words: `person:raj` finds "Raj Patel". */
export function nameKeys(name: string): string[] {
  const whole = normaliseName(name);
  if (!whole) return [];
  const words = whole.split(" ").filter((w) => w.length > 1);
  return [...new Set([whole, ...words])];
}

export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^@/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
