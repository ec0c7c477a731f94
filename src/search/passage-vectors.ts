import type { Embedder } from "./embedder.ts";
import type { SearchDb } from "./open-search-index.ts";

/**
 * Embeds every passage that has no vector yet for the embedder's model and stores the vectors as
 * BLOBs beside the text, keyed by the passage's hash, so unchanged text is never embedded twice.
 * Returns how many were embedded.
 */
export async function embedMissing(db: SearchDb, embedder: Embedder, onProgress?: (done: number, total: number) => void): Promise<number> {
  const missing = db
    .prepare(
      `SELECT p.hash, min(p.id) AS id FROM passages p LEFT JOIN embeddings e ON e.hash = p.hash AND e.model = ?
       WHERE e.hash IS NULL GROUP BY p.hash`,
    )
    .all(embedder.model) as { hash: string; id: number }[];
  const text = db.prepare("SELECT title, heading, body FROM passages_fts WHERE rowid = ?");
  const insert = db.prepare("INSERT OR REPLACE INTO embeddings (hash, model, vector) VALUES (?, ?, ?)");
  const CHUNK = 256;
  for (let i = 0; i < missing.length; i += CHUNK) {
    const part = missing.slice(i, i + CHUNK);
    const texts = part.map((m) => {
      const r = text.get(m.id) as { title: string; heading: string; body: string };
      return [r.title, r.heading, r.body].filter(Boolean).join("\n").slice(0, 8000);
    });
    const vectors = await embedder.embed(texts);
    db.transaction(() => part.forEach((m, j) => insert.run(m.hash, embedder.model, Buffer.from(vectors[j]!.buffer, vectors[j]!.byteOffset, vectors[j]!.byteLength))))();
    onProgress?.(Math.min(i + CHUNK, missing.length), missing.length);
  }
  return missing.length;
}

/** The passages whose vectors are nearest the query's (cosine, in JS), best first, at least `min`. */
export function nearestPassages(db: SearchDb, model: string, query: Float32Array, k: number, min: number): { id: number; cosine: number }[] {
  const rows = db.prepare("SELECT p.id, e.vector FROM passages p JOIN embeddings e ON e.hash = p.hash AND e.model = ?").iterate(model) as Iterable<{ id: number; vector: Buffer }>;
  const best: { id: number; cosine: number }[] = [];
  for (const r of rows) {
    const b = r.vector.byteOffset % 4 === 0 ? r.vector : Buffer.from(r.vector);
    const v = new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
    if (v.length !== query.length) continue;
    let dot = 0;
    for (let i = 0; i < v.length; i++) dot += v[i]! * query[i]!;
    if (dot < min) continue;
    if (best.length < k || dot > best[best.length - 1]!.cosine) {
      best.push({ id: r.id, cosine: dot });
      best.sort((a, b) => b.cosine - a.cosine);
      if (best.length > k) best.pop();
    }
  }
  return best;
}
