import type { Embedder } from "./embedder.ts";
import { obsidianLink as linkOf } from "./obsidian-link.ts";
import type { SearchDb } from "./open-search-index.ts";
import type { SearchFilters } from "./parse-search-query.ts";
import { nearestPassages } from "./passage-vectors.ts";
import { passageTexts, searchIndex, type SearchHit } from "./search-index.ts";
import { questionTerms } from "./question-terms.ts";

/** A passage found for a question, with its text and what found it. */
export type Retrieved = SearchHit & { text: string; matchedTerms: string[]; cosine: number | null };

/** Below this cosine similarity a passage is not taken as being about the question. */
export const MIN_COSINE = 0.35;
const NO_FILTERS: SearchFilters = { person: [], account: [], type: [], tag: [], in: [], after: null, before: null };

/**
 * The passages that best answer a question: full-text matches (any of the question's words,
 * BM25) that hold enough of its words (all of one or two, half of more), fused by reciprocal rank
 * with the nearest passages by embedding when an embedder is given. Empty when nothing in the
 * vault is about the question.
 */
export async function retrievePassages(db: SearchDb, question: string, embedder: Embedder | null, limit = 6): Promise<Retrieved[]> {
  const terms = questionTerms(question);
  const ftsHits = terms.length
    ? searchIndex(db, { terms: terms.map((text) => ({ text, phrase: false, prefix: false, negate: false })), filters: NO_FILTERS, problems: [] }, { join: "any", perFile: false, limit: 40 })
    : [];
  const matched = termsMatched(db, terms, ftsHits.map((h) => h.passageId));
  const needed = terms.length <= 2 ? terms.length : Math.ceil(terms.length / 2);
  const lexical = ftsHits.filter((h) => (matched.get(h.passageId)?.length ?? 0) >= needed);

  let semantic: { id: number; cosine: number }[] = [];
  if (embedder && question.trim()) {
    const [q] = await embedder.embed([question]);
    semantic = nearestPassages(db, embedder.model, q!, 40, MIN_COSINE);
  }

  const score = new Map<number, number>();
  lexical.forEach((h, rank) => score.set(h.passageId, (score.get(h.passageId) ?? 0) + 1 / (60 + rank)));
  semantic.forEach((s, rank) => score.set(s.id, (score.get(s.id) ?? 0) + 1 / (60 + rank)));
  const ids = [...score.keys()].sort((a, b) => score.get(b)! - score.get(a)! || a - b).slice(0, limit);
  const hits = new Map(ftsHits.map((h) => [h.passageId, h]));
  const missing = ids.filter((id) => !hits.has(id));
  if (missing.length) for (const h of passagesById(db, missing)) hits.set(h.passageId, h);
  const texts = passageTexts(db, ids);
  const cosine = new Map(semantic.map((s) => [s.id, s.cosine]));
  return ids
    .filter((id) => hits.has(id))
    .map((id) => ({ ...hits.get(id)!, text: texts.get(id) ?? "", matchedTerms: matched.get(id) ?? [], cosine: cosine.get(id) ?? null }));
}

/** For each passage, which of the terms it holds (as FTS5 reads them: stemmed, in any column). */
function termsMatched(db: SearchDb, terms: readonly string[], ids: readonly number[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (!ids.length) return out;
  const stmt = db.prepare(`SELECT rowid AS id FROM passages_fts WHERE passages_fts MATCH ? AND rowid IN (${ids.map(() => "?").join(",")})`);
  for (const t of terms) {
    for (const r of stmt.all(`"${t.replace(/"/g, '""')}"`, ...ids) as { id: number }[]) out.set(r.id, [...(out.get(r.id) ?? []), t]);
  }
  return out;
}

function passagesById(db: SearchDb, ids: readonly number[]): SearchHit[] {
  const rows = db
    .prepare(
      `SELECT p.id, f.path, f.title, p.heading, p.line, p.kind, f.type, COALESCE(f.date, n.date) AS date FROM passages p
       JOIN files f ON f.id = p.file_id LEFT JOIN files n ON n.id = f.note_id WHERE p.id IN (${ids.map(() => "?").join(",")})`,
    )
    .all(...ids) as { id: number; path: string; title: string; heading: string | null; line: number; kind: SearchHit["kind"]; type: string | null; date: string | null }[];
  return rows.map((r) => ({ passageId: r.id, path: r.path, title: r.title, heading: r.heading, line: r.line, kind: r.kind, type: r.type, date: r.date, link: linkOf(r.path, r.heading), score: 0, snippet: "" }));
}
