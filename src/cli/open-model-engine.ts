import path from "node:path";
import { createModelExtractor, type ModelExtractor } from "../extract/llm/create-model-extractor.ts";
import { resolveEngine, type EngineOverrides } from "../extract/llm/resolve-engine.ts";
import { CONFIG_DIR, type VaultConfig } from "../vault/config.ts";

/**
 * The model engine for an `ingest`, from its options and the vault's config, or null for the
 * built-in rules. The people with pages in the vault reach the prompt through the ingest's
 * ExtractContext; replies are cached under `.mnemo/cache/llm/` (read-only in a dry run, which writes nothing).
 */
export async function openModelEngine(options: {
  root: string;
  config: VaultConfig;
  overrides: EngineOverrides;
  env: NodeJS.ProcessEnv;
  cwd: string;
  dryRun: boolean;
  warn: (message: string) => void;
}): Promise<ModelExtractor | null> {
  const engine = resolveEngine(options.config.engine, options.overrides, options.env, { vaultRoot: options.root, cwd: options.cwd });
  if (!engine) return null;
  return createModelExtractor({
    engine,
    cacheDir: path.join(options.root, CONFIG_DIR, "cache", "llm"),
    readOnlyCache: options.dryRun,
    warn: options.warn,
  });
}
