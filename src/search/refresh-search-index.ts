import type { VaultConfig } from "../vault/config.ts";
import { withSearchIndex } from "./search-vault.ts";
import type { IndexStats } from "./update-index.ts";

/**
 * Brings the search index up to date after a command changed the vault. The index is a cache, so
 * a failure here is a warning, never a failed command: `mnemo index` can always rebuild it.
 */
export async function refreshSearchIndex(root: string, config: VaultConfig, warn: (message: string) => void): Promise<IndexStats | null> {
  try {
    return await withSearchIndex(root, config, true, (_db, stats) => stats);
  } catch (error) {
    warn(`the search index was not updated (${error instanceof Error ? error.message : String(error)}); \`mnemo index\` rebuilds it`);
    return null;
  }
}
