import { obsidianLink } from "./obsidian-link.ts";
import type { SearchDb } from "./open-search-index.ts";
import type { SearchFilters, SearchQuery } from "./parse-search-query.ts";
import type { PassageKind } from "./passage.ts";
import { toFtsQuery } from "./to-fts-query.ts";
import { nameKeys } from "./update-index.ts";

/** Where a highlighted match starts and ends inside `SearchHit.snippet`. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

export type SearchHit = {
  passageId: number;
  /** Vault-relative path of the file to open. */
  path: string;
  title: string;
  heading: string | null;
  line: number;
  kind: PassageKind;
  type: string | null;
  date: string | null;
  /** `[[path#heading]]`: what Obsidian opens. */
  link: string;
  /** BM25 (higher is better); 0 for a filter-only search. */
  score: number;
  /** An excerpt with each match between MARK_START and MARK_END. */
  snippet: string;
  task?: { status: string; owner: string | null; due: string | null };
};

export type SearchOptions = {
  limit?: number;
  /** `all` (default): every term must match; `any`: one is enough (ask uses this). */
  join?: "all" | "any";
  /** One hit per file (its best passage), unless `in:` asks for passages of a kind. Default true. */
  perFile?: boolean;
};

/** A row of the query below: a hit's own columns, with the passage id and task fields as stored. */
type Row = Pick<SearchHit, "path" | "title" | "heading" | "line" | "kind" | "type" | "date" | "score"> & {
  id: number;
  task_status: string | null;
  task_owner: string | null;
  task_due: string | null;
};

const COLUMNS = `p.id, f.path, f.title, p.heading, p.line, p.kind, f.type, COALESCE(f.date, n.date) AS date, p.task_status, p.task_owner, p.task_due`;

/**
 * Runs a parsed query: BM25-ranked full-text matches (title and heading weigh twice the text),
 * narrowed by the filters, best first, with a highlighted snippet each. Without words, it lists the
 * files the filters select, newest first. A source file is filtered by the note made from it.
 */
export function searchIndex(db: SearchDb, query: SearchQuery, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 20;
  const perFile = (options.perFile ?? true) && query.filters.in.length === 0;
  const match = toFtsQuery(query.terms, options.join ?? "all");
  const { sql: filters, params } = filterSql(query.filters);
  // An excluded word excludes the whole file, not only the passages that hold it.
  const excluded = toFtsQuery(query.terms.filter((t) => t.negate).map((t) => ({ ...t, negate: false })), "any");
  const where = excluded ? `${filters} AND p.file_id NOT IN (SELECT x.file_id FROM passages x WHERE x.id IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?))` : filters;
  if (excluded) params.push(excluded);
  const fetch = perFile ? limit * 8 : limit;
  let rows: Row[];
  if (match) {
    rows = db
      .prepare(
        `SELECT ${COLUMNS}, -passages_fts.rank AS score FROM passages_fts
         JOIN passages p ON p.id = passages_fts.rowid JOIN files f ON f.id = p.file_id LEFT JOIN files n ON n.id = f.note_id
         WHERE passages_fts MATCH ? ${where} ORDER BY passages_fts.rank LIMIT ?`,
      )
      .all(match, ...params, fetch) as Row[];
  } else {
    rows = db
      .prepare(
        `SELECT ${COLUMNS}, 0 AS score FROM passages p JOIN files f ON f.id = p.file_id LEFT JOIN files n ON n.id = f.note_id
         WHERE ${query.filters.in.length ? "1" : "p.kind = 'intro'"} ${where} ORDER BY COALESCE(f.date, n.date) DESC, f.path, p.line LIMIT ?`,
      )
      .all(...params, fetch) as Row[];
  }
  if (perFile) {
    const seen = new Set<string>();
    rows = rows.filter((r) => !seen.has(r.path) && (seen.add(r.path), true));
  }
  rows = rows.slice(0, limit);
  const snippets = match ? matchSnippets(db, match, rows.map((r) => r.id)) : plainSnippets(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    passageId: r.id,
    path: r.path,
    title: r.title,
    heading: r.heading,
    line: r.line,
    kind: r.kind,
    type: r.type,
    date: r.date,
    link: obsidianLink(r.path, r.heading),
    score: Math.round(r.score * 1000) / 1000,
    snippet: snippets.get(r.id) ?? "",
    ...(r.task_status ? { task: { status: r.task_status, owner: r.task_owner, due: r.task_due } } : {}),
  }));
}

/** The text of passages by id (for ask's prompt and quotes). */
export function passageTexts(db: SearchDb, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db.prepare(`SELECT rowid AS id, body FROM passages_fts WHERE rowid IN (${ids.map(() => "?").join(",")})`).all(...ids) as { id: number; body: string }[];
  return new Map(rows.map((r) => [r.id, r.body]));
}

function matchSnippets(db: SearchDb, match: string, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT rowid AS id, snippet(passages_fts, 2, '${MARK_START}', '${MARK_END}', '…', 24) AS s, body FROM passages_fts
       WHERE passages_fts MATCH ? AND rowid IN (${ids.map(() => "?").join(",")})`,
    )
    .all(match, ...ids) as { id: number; s: string; body: string }[];
  // A passage matched only by its title or heading has no highlight in its text: show its start.
  return new Map(rows.map((r) => [r.id, oneLine(r.s.includes(MARK_START) || !r.body ? r.s : excerpt(r.body))]));
}

function plainSnippets(db: SearchDb, ids: number[]): Map<number, string> {
  const texts = passageTexts(db, ids);
  return new Map([...texts].map(([id, body]) => [id, oneLine(excerpt(body))]));
}

function excerpt(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200).replace(/\s+\S*$/, "")}…` : text;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function filterSql(f: SearchFilters): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const hasKey = (field: string, keys: string[], prefixMatch: boolean) => {
    const ors = keys.map((k) => {
      params.push(field, k);
      if (prefixMatch) params.push(`${k}/`, `${k}0`);
      return `EXISTS (SELECT 1 FROM file_keys k WHERE k.file_id IN (f.id, COALESCE(f.note_id, -1)) AND k.field = ? AND ${prefixMatch ? "(k.key = ? OR (+k.key >= ? AND +k.key < ?))" : "k.key = ?"})`;
    });
    parts.push(`(${ors.join(" OR ")})`);
  };
  // Each filter given several times must hold for all of its values (person:raj person:mia: both).
  for (const name of f.person) hasKey("person", [nameKeys(name)[0] ?? name.toLowerCase()], false);
  for (const name of f.account) hasKey("account", [nameKeys(name)[0] ?? name.toLowerCase()], false);
  for (const tag of f.tag) hasKey("tag", [tag], true);
  if (f.type.length) {
    parts.push(`(${f.type.map(() => "COALESCE(f.type, '') = ?").join(" OR ")})`);
    params.push(...f.type);
  }
  if (f.in.length) {
    parts.push(`p.kind IN (${f.in.map(() => "?").join(",")})`);
    params.push(...f.in);
  }
  if (f.after) {
    parts.push("COALESCE(f.date, n.date) >= ?");
    params.push(f.after);
  }
  if (f.before) {
    parts.push("COALESCE(f.date, n.date) < ?");
    params.push(f.before);
  }
  return { sql: parts.map((p) => `AND ${p}`).join(" "), params };
}
