import { hostname } from "node:os";
import { mkdir, open, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { CONFIG_DIR } from "./config.ts";
import { VaultError } from "./vault-error.ts";

export const LOCK_FILE = `${CONFIG_DIR}/lock`;

type Holder = { pid: number; host: string; command: string; started: string };

/**
 * Takes the vault's write lock (`.mnemo/lock`, created exclusively). A lock whose process is gone
 * is taken over; a live holder is waited for up to `waitMs`, then named in the error.
 */
export async function acquireLock(root: string, command: string, waitMs = 0): Promise<() => Promise<void>> {
  const file = path.join(root, LOCK_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  const me: Holder = { pid: process.pid, host: hostname(), command, started: new Date().toISOString() };
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const handle = await open(file, "wx");
      await handle.writeFile(JSON.stringify(me));
      await handle.close();
      return async () => {
        await rm(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = await readHolder(file);
    if (holder && holder.host === me.host && !alive(holder.pid)) {
      await rm(file, { force: true }); // its process is gone: a stale lock
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder ? `process ${holder.pid} on ${holder.host} (${holder.command}, since ${holder.started})` : "another process";
      throw new VaultError(`${root}: vault is locked by ${who}; wait for it to finish or pass --wait <seconds>`);
    }
    await new Promise((r) => setTimeout(r, Math.min(200, Math.max(10, deadline - Date.now()))));
  }
}

async function readHolder(file: string): Promise<Holder | null> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as Holder;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
