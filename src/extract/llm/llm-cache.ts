import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { Extraction } from "../extraction.ts";

export type CacheKey = { sourceHash: string; engine: string; model: string; promptVersion: string };

export type LlmCache = {
  get(key: CacheKey): Promise<Extraction | null>;
  put(key: CacheKey, extraction: Extraction): Promise<void>;
};

/**
 * Validated extractions on disk under `dir` (the vault's `.mnemo/cache/llm/`), one JSON file per
 * (source hash, engine, model, prompt version), so re-running a source costs no call. A read-only
 * cache (dry runs) never writes; an unreadable or invalid entry counts as a miss.
 */
export function createLlmCache(dir: string, options: { readOnly: boolean }): LlmCache {
  const file = (key: CacheKey) => {
    const id = createHash("sha256").update(JSON.stringify([key.sourceHash, key.engine, key.model, key.promptVersion])).digest("hex");
    return path.join(dir, id.slice(0, 2), `${id}.json`);
  };
  return {
    async get(key) {
      try {
        const entry = JSON.parse(await readFile(file(key), "utf8")) as { key?: unknown; extraction?: unknown };
        if (JSON.stringify(entry.key) !== JSON.stringify(key)) return null;
        const parsed = Extraction.safeParse(entry.extraction);
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async put(key, extraction) {
      if (options.readOnly) return;
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
      try {
        await writeFile(tmp, `${JSON.stringify({ key, extraction }, null, 2)}\n`);
        await rename(tmp, target);
      } catch {
        await unlink(tmp).catch(() => {});
      }
    },
  };
}
