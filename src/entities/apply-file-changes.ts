import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { StalePlanError } from "../vault/apply-plan.ts";
import { beginTransaction, commitTransaction, rollBack } from "../vault/journal.ts";
import { writeAtomic } from "../vault/write-atomic.ts";
import type { FileChange } from "./plan-entity-change.ts";

/**
 * Applies a set of file changes as one journaled transaction: every file must still be as planned
 * (else nothing is written), prior contents go to the journal first, and any failure (or a crash,
 * through `recover`) puts every file back.
 */
export async function applyFileChanges(root: string, label: string, changes: readonly FileChange[]): Promise<string[]> {
  const abs = (rel: string) => path.join(root, ...rel.split("/"));
  for (const c of changes) {
    const now = await readFile(abs(c.path), "utf8").catch(() => null);
    if (now !== c.before) throw new StalePlanError(`${c.path}: changed since planning; nothing was written`);
  }
  const tx = await beginTransaction(root, {
    source: label,
    files: changes.map((c) => ({ path: c.path, prior: c.before === null ? null : Buffer.from(c.before, "utf8").toString("base64") })),
    archives: [],
  });
  try {
    for (const c of changes) {
      if (c.after === null) await rm(abs(c.path), { force: true });
      else {
        await mkdir(path.dirname(abs(c.path)), { recursive: true });
        await writeAtomic(abs(c.path), c.after);
      }
    }
  } catch (error) {
    await rollBack(root, tx);
    throw error;
  }
  await commitTransaction(tx);
  return changes.map((c) => c.path);
}
