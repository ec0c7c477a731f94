import { open, readdir } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { registryFromPages, type PageFrontmatter } from "../entities/registry-from-pages.ts";
import type { VaultState } from "../plan/vault-state.ts";
import type { VaultConfig } from "./config.ts";

const SKIP_DIRS = new Set([".mnemo", ".obsidian", ".git", ".trash", "node_modules"]);
const HEAD_BYTES = 16 * 1024;

/**
 * Reads what planning needs from the vault: every path, which sources were ingested (the
 * `source_hash` in note frontmatter) and which pages are people's (frontmatter `type: person`
 * anywhere, or any page in the people folder). The vault itself is the state: nothing is cached.
 */
export async function readVaultState(root: string, config: VaultConfig): Promise<VaultState> {
  const paths = new Set<string>();
  const ingested = new Map<string, string>();
  const people = new Map<string, string>();
  const pages: PageFrontmatter[] = [];
  const skipFrontmatter = [config.folders.sources, config.folders.inbox].map((f) => `${f}/`);
  for await (const rel of walk(root, "")) {
    paths.add(rel);
    if (!rel.endsWith(".md") || skipFrontmatter.some((f) => rel.startsWith(f))) continue;
    const fm = await readFrontmatter(path.join(root, rel));
    for (const key of ["source_hash", "text_hash"]) {
      const hash = fm[key];
      if (typeof hash === "string" && !ingested.has(hash)) ingested.set(hash, rel);
    }
    if (typeof fm.type === "string" || [config.folders.people, config.folders.accounts, config.folders.projects].some((f) => rel.startsWith(`${f}/`))) {
      pages.push({ path: rel, frontmatter: fm });
    }
    const inPeople = rel.startsWith(`${config.folders.people}/`);
    if (fm.type === "person" || (inPeople && fm.type === undefined)) {
      const name = path.basename(rel, ".md");
      const names = [name, typeof fm.title === "string" ? fm.title : "", ...(Array.isArray(fm.aliases) ? fm.aliases : [])];
      for (const n of names) {
        if (typeof n === "string" && n.trim() && !people.has(n.trim().toLowerCase())) people.set(n.trim().toLowerCase(), rel);
      }
    }
  }
  return { paths, ingested, people, files: new Map(), entities: registryFromPages(pages, config.folders) };
}

async function* walk(root: string, rel: string): AsyncGenerator<string> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) yield* walk(root, child);
    } else if (e.isFile()) {
      yield child;
    }
  }
}

/** The YAML frontmatter of a note as a plain object; `{}` when it has none or it does not parse. */
export async function readFrontmatter(file: string): Promise<Record<string, unknown>> {
  const handle = await open(file, "r");
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
    const head = buf.subarray(0, bytesRead).toString("utf8");
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(head);
    if (!m) return {};
    const value: unknown = parseYaml(m[1]!);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  } finally {
    await handle.close();
  }
}
