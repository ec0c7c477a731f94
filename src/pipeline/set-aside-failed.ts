import { copyFile, rename, stat } from "node:fs/promises";
import path from "node:path";
import { firstFreePath, splitExt } from "../plan/file-names.ts";
import { writeAtomic } from "../vault/write-atomic.ts";

/**
 * Puts a file that could not be ingested into `<inbox>/_failed/` beside `<name>.error.txt` giving
 * the reason. Files from the inbox are moved; files from elsewhere are copied (never deleted).
 * Returns the vault-relative path of the set-aside copy.
 */
export async function setAsideFailed(root: string, inbox: string, file: string, reason: string, mode: "move" | "copy"): Promise<string> {
  const dirRel = `${inbox}/_failed`;
  const { base, ext } = splitExt(path.basename(file));
  const taken = new Set<string>();
  let rel = firstFreePath(dirRel, base, ext, (p) => taken.has(p));
  while ((await existsRel(root, rel)) || (await existsRel(root, `${rel}.error.txt`))) {
    taken.add(rel);
    rel = firstFreePath(dirRel, base, ext, (p) => taken.has(p));
  }
  const target = path.join(root, rel);
  const report = `${path.basename(file)}: ${reason}\nfailed at: ${new Date().toISOString()}\noriginal path: ${file}\n`;
  await writeAtomic(`${target}.error.txt`, report);
  if (await existsAbs(file)) {
    if (mode === "move") await rename(file, target);
    else await copyFile(file, target);
  }
  return rel;
}

function existsRel(root: string, rel: string): Promise<boolean> {
  return existsAbs(path.join(root, rel));
}

function existsAbs(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}
