import { randomBytes } from "node:crypto";
import { mkdir, open, rename, unlink } from "node:fs/promises";
import path from "node:path";
import { crashPoint } from "./crash-point.ts";

/**
 * Writes `content` to `file` so that a reader (or a crash) sees either the old file or the whole new
 * one: write a temp file beside it, fsync, rename over, fsync the folder.
 */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.mnemo-tmp-${randomBytes(4).toString("hex")}`);
  const handle = await open(tmp, "wx");
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await unlink(tmp).catch(() => {});
    throw e;
  }
  await handle.close();
  crashPoint();
  try {
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
  await syncDir(dir);
}

export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, "r").catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some filesystems do not support fsync on a directory; the rename is still atomic there.
  } finally {
    await handle.close();
  }
}
