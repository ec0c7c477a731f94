import path from "node:path";
import { EngineError } from "../../extract/llm/engine-error.ts";
import { resolveEngine } from "../../extract/llm/resolve-engine.ts";
import { openVaultForRead } from "../../pipeline/open-vault.ts";
import { chooseEmbedder } from "../../search/embedder.ts";
import { INDEX_FILE } from "../../search/open-search-index.ts";
import { embedMissing } from "../../search/passage-vectors.ts";
import { withSearchIndex } from "../../search/search-vault.ts";
import { clearIndex, pruneEmbeddings, updateIndex } from "../../search/update-index.ts";
import { CONFIG_DIR, type VaultConfig } from "../../vault/config.ts";
import { line, type CliIO } from "../io.ts";

export type IndexCommandOptions = { vault?: string; json?: boolean; rebuild?: boolean; embedModel?: string };

/**
 * `mnemo index`: brings `.mnemo/index.sqlite` up to date (only changed files are read; `--rebuild`
 * reads everything), then embeds new passages when the engine offers an embedding model.
 */
export async function indexVault(_args: string[], options: IndexCommandOptions, io: CliIO): Promise<number> {
  const { root, config } = await openVaultForRead({ vault: options.vault, env: io.env, cwd: io.cwd });
  const embedder = safeEmbedder(root, config, options.embedModel, io);
  const result = await withSearchIndex(root, config, false, async (db) => {
    if (options.rebuild) clearIndex(db);
    const stats = updateIndex(db, root, config);
    let embedded = 0;
    if (embedder) {
      embedded = await embedMissing(db, embedder, (done, total) => {
        if (io.stderr.isTTY) io.stderr.write(`\r\x1b[Kembedding ${done}/${total}`);
      });
      if (io.stderr.isTTY && embedded) io.stderr.write("\r\x1b[K");
      pruneEmbeddings(db);
    }
    return { ...stats, embedded, embeddingModel: embedder?.model ?? null };
  });
  const file = path.join(root, CONFIG_DIR, INDEX_FILE);
  if (options.json) {
    line(io.stdout, JSON.stringify({ index: file, ...result, ms: Math.round(result.ms) }, null, 2));
    return 0;
  }
  line(
    io.stdout,
    `Indexed ${result.files} file${result.files === 1 ? "" : "s"}: ${result.added.length} added, ${result.changed.length} changed, ${result.removed.length} removed ` +
      `(${result.read.length} read) in ${Math.round(result.ms)} ms${result.embedded ? `; embedded ${result.embedded} passages with ${result.embeddingModel}` : ""}`,
  );
  return 0;
}

/** The engine's embedder, or null (with a line saying why when the engine cannot start). */
function safeEmbedder(root: string, config: VaultConfig, model: string | undefined, io: CliIO) {
  try {
    const engine = resolveEngine(config.engine, {}, io.env, { vaultRoot: root, cwd: io.cwd });
    return chooseEmbedder(engine, model ?? io.env.MNEMO_EMBED_MODEL ?? config.search?.embed_model);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    line(io.stderr, `mnemo: no embeddings (${error.message})`);
    return null;
  }
}
