import { openVaultForRead } from "../../pipeline/open-vault.ts";
import { hitRecord, renderHits } from "../../search/render-hits.ts";
import { parseSearchQuery } from "../../search/parse-search-query.ts";
import { searchIndex } from "../../search/search-index.ts";
import { withSearchIndex } from "../../search/search-vault.ts";
import { line, type CliIO } from "../io.ts";

export type SearchCommandOptions = { vault?: string; json?: boolean; limit?: string; refresh?: boolean };

/**
 * `mnemo search <query...>`: words, "phrases", -excluded, prefix*, and the filters person:,
 * account:, type:, tag:, in:tasks|decisions|facts|summary|sources, after:, before:. The index is
 * brought up to date first (only changed files are read) unless `--no-refresh`.
 */
export async function search(words: string[], options: SearchCommandOptions, io: CliIO): Promise<number> {
  const query = parseSearchQuery(words.join(" "));
  if (query.problems.length) {
    for (const p of query.problems) line(io.stderr, `mnemo: ${p}`);
    return 2;
  }
  const f = query.filters;
  const hasFilter = f.person.length + f.account.length + f.type.length + f.tag.length + f.in.length > 0 || !!f.after || !!f.before;
  if (!query.terms.some((t) => !t.negate) && !hasFilter) {
    line(io.stderr, "mnemo: nothing to search for: give a word or a filter (person:, account:, type:, tag:, in:, after:, before:)");
    return 2;
  }
  const limit = Math.max(1, Math.min(500, Number(options.limit ?? 20) || 20));
  const { root, config } = await openVaultForRead({ vault: options.vault, env: io.env, cwd: io.cwd });
  const hits = await withSearchIndex(root, config, options.refresh !== false, (db) => searchIndex(db, query, { limit }));
  if (options.json) line(io.stdout, JSON.stringify(hits.map(hitRecord), null, 2));
  else if (hits.length === 0) line(io.stdout, "No matches.");
  else line(io.stdout, renderHits(hits, !!io.stdout.isTTY));
  return 0;
}
