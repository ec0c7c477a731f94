import type { VaultConfig } from "../vault/config.ts";
import { openSearchIndex, type SearchDb } from "./open-search-index.ts";
import { updateIndex, type IndexStats } from "./update-index.ts";

/** What makes one index unfit for another layout of the same vault: the folder names. */
export function indexLayout(config: VaultConfig): string {
  return JSON.stringify({ inbox: config.folders.inbox, sources: config.folders.sources });
}

/**
 * Opens the vault's index and (unless `refresh` is false) brings it up to date first; `use` runs
 * with it and the database is closed afterwards, whatever happens.
 */
export async function withSearchIndex<T>(root: string, config: VaultConfig, refresh: boolean, use: (db: SearchDb, stats: IndexStats | null) => T | Promise<T>): Promise<T> {
  const db = openSearchIndex(root, indexLayout(config));
  try {
    const stats = refresh ? updateIndex(db, root, config) : null;
    return await use(db, stats);
  } finally {
    db.close();
  }
}
