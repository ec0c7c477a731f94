import path from "node:path";
import type { VaultConfig } from "../vault/config.ts";
import { readFrontmatter } from "../vault/read-vault-state.ts";
import { VaultError } from "../vault/vault-error.ts";
import { writeAtomic } from "../vault/write-atomic.ts";
import { gatherBrief } from "./gather-brief.ts";
import { renderBrief, type BriefInput } from "./render-brief.ts";

/**
 * Writes `Briefs/<date>.md` atomically (temp file, fsync, rename). A brief for the same day is made
 * again in place; a file there that is not a brief (`type: brief`) is never overwritten.
 * The caller holds the vault lock.
 */
export async function writeBrief(root: string, config: VaultConfig, date: string, now: Date): Promise<{ file: string; brief: BriefInput }> {
  const rel = `${config.folders.briefs}/${date}.md`;
  const abs = path.join(root, ...rel.split("/"));
  const existing = await readFrontmatter(abs).catch(() => null);
  if (existing !== null && existing.type !== "brief") throw new VaultError(`${rel}: exists and is not a brief; not overwriting it`);
  const brief = await gatherBrief(root, config, date, now);
  await writeAtomic(abs, renderBrief(brief));
  return { file: rel, brief };
}
