import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { VaultConfig } from "../vault/config.ts";
import { SOURCE_TEXT_EXTENSIONS } from "./read-source-text.ts";

const SKIP_DIRS = new Set([".mnemo", ".obsidian", ".git", ".trash", "node_modules"]);

export type VaultFile = { rel: string; kind: "markdown" | "source"; mtimeMs: number; size: number };

/**
 * The files the index covers, with their modification time and size: every Markdown file outside
 * the inbox and the sources folder, and the text-format files under the sources folder.
 */
export function walkVault(root: string, config: VaultConfig): VaultFile[] {
  const inbox = config.folders.inbox;
  const sources = config.folders.sources;
  const out: VaultFile[] = [];
  const walk = (rel: string, inSources: boolean) => {
    let entries;
    try {
      entries = readdirSync(rel ? path.join(root, rel) : root, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (SKIP_DIRS.has(e.name) || child === inbox) continue;
        walk(child, inSources || child === sources);
        continue;
      }
      if (!e.isFile()) continue;
      const dot = e.name.lastIndexOf(".");
      const ext = dot > 0 ? e.name.slice(dot).toLowerCase() : "";
      const kind = inSources ? (SOURCE_TEXT_EXTENSIONS.has(ext) ? "source" : null) : ext === ".md" ? "markdown" : null;
      if (!kind) continue;
      try {
        const st = statSync(path.join(root, child));
        out.push({ rel: child, kind, mtimeMs: st.mtimeMs, size: st.size });
      } catch {
        // Gone between listing and stat: it is simply not there.
      }
    }
  };
  walk("", false);
  return out;
}
