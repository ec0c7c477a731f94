import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { VaultConfig } from "../vault/config.ts";

const SKIP = new Set([".mnemo", ".obsidian", ".git", ".trash", "node_modules"]);

/** Every Markdown note of the vault by vault-relative path (not the inbox or archived sources). */
export async function readNotes(root: string, config: VaultConfig): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const skipTop = new Set([config.folders.inbox, config.folders.sources]);
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(root, rel), { withFileTypes: true });
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && !SKIP.has(e.name) && !skipTop.has(child)) await walk(child);
      else if (e.isFile() && e.name.endsWith(".md")) out.set(child, await readFile(path.join(root, child), "utf8"));
    }
  };
  await walk("");
  return out;
}
