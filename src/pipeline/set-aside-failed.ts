import { copyFile, mkdir, rename, stat } from "node:fs/promises";
import path from "node:path";
import { firstFreePath, splitExt } from "../plan/file-names.ts";
import { crashPoint } from "../vault/crash-point.ts";
import { beginTransaction, commitTransaction, rollBack } from "../vault/journal.ts";
import { writeAtomic } from "../vault/write-atomic.ts";

/** Where a failed input went: vault-relative `to` and its `report`; `from` is the original path. */
export type SetAside = { from: string; to: string; report: string; mode: "move" | "copy" };

/**
 * Puts a file that could not be ingested into `<inbox>/_failed/` beside `<name>.error.txt` giving
 * the reason, as one journaled transaction. Files from the inbox are moved; files from elsewhere
 * are copied (never deleted).
 */
export async function setAsideFailed(root: string, inbox: string, file: string, reason: string, mode: "move" | "copy"): Promise<SetAside> {
  const dirRel = `${inbox}/_failed`;
  const { base, ext } = splitExt(path.basename(file));
  const taken = new Set<string>();
  let rel = firstFreePath(dirRel, base, ext, (p) => taken.has(p));
  while ((await exists(path.join(root, rel))) || (await exists(path.join(root, `${rel}.error.txt`)))) {
    taken.add(rel);
    rel = firstFreePath(dirRel, base, ext, (p) => taken.has(p));
  }
  const target = path.join(root, rel);
  const reportRel = `${rel}.error.txt`;
  const report = `${path.basename(file)}: ${reason}\nfailed at: ${new Date().toISOString()}\noriginal path: ${file}\n`;
  const present = await exists(file);
  const tx = await beginTransaction(root, {
    source: path.basename(file),
    files: [{ path: reportRel, prior: null }],
    archives: present ? [{ from: file, to: rel, mode }] : [],
  });
  try {
    await writeAtomic(path.join(root, reportRel), report);
    crashPoint();
    if (present) {
      await mkdir(path.dirname(target), { recursive: true });
      if (mode === "move") await rename(file, target);
      else await copyFile(file, target);
      crashPoint();
    }
  } catch (error) {
    await rollBack(root, tx);
    throw error;
  }
  await commitTransaction(tx);
  return { from: file, to: rel, report: reportRel, mode };
}

function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}
