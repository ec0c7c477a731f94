import { watch, type FSWatcher } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { isIgnoredName } from "./is-ignored-name.ts";

export type WatchInboxOptions = {
  /** The folder to watch (its subfolders too, except hidden and `_`-prefixed ones). */
  dir: string;
  /** A file is ready once its size and modification time have not changed for this long. */
  settleMs: number;
  /** How often the folder is scanned anyway (synced folders do not always raise events). */
  pollMs: number;
  /** Files found ready together are handed over as one batch; the next scan waits for it. */
  onReady: (files: string[]) => Promise<void>;
  signal: AbortSignal;
  onError?: (error: unknown) => void;
};

type Seen = { size: number; mtimeMs: number; since: number };

/**
 * Watches an inbox and hands over each file once it has stopped growing: fs.watch events start a
 * scan at once, and a poll every `pollMs` covers filesystems and sync clients (iCloud, Dropbox)
 * whose changes raise no event. Placeholders and partial downloads are ignored (isIgnoredName). A
 * file handed over is not handed over again unless it changes. Resolves when `signal` aborts.
 */
export async function watchInbox(opts: WatchInboxOptions): Promise<void> {
  const seen = new Map<string, Seen>();
  const done = new Map<string, string>();
  let watcher: FSWatcher | null = null;
  let wake: (() => void) | null = null;
  const nudge = () => wake?.();
  try {
    watcher = watch(opts.dir, { recursive: true }, nudge);
    watcher.on("error", () => {
      watcher?.close();
      watcher = null; // polling goes on
    });
  } catch {
    watcher = null;
  }
  opts.signal.addEventListener("abort", nudge, { once: true });
  try {
    while (!opts.signal.aborted) {
      const now = Date.now();
      const ready: string[] = [];
      let waiting = false;
      const present = new Set<string>();
      for (const file of await listFiles(opts.dir)) {
        present.add(file);
        const info = await stat(file).catch(() => null);
        if (!info || !info.isFile()) continue;
        const signature = `${info.size}:${info.mtimeMs}`;
        if (done.get(file) === signature) continue;
        const prev = seen.get(file);
        if (!prev || prev.size !== info.size || prev.mtimeMs !== info.mtimeMs) {
          seen.set(file, { size: info.size, mtimeMs: info.mtimeMs, since: now });
          waiting = true;
        } else if (info.size > 0 && now - prev.since >= opts.settleMs) {
          ready.push(file);
          done.set(file, signature);
          seen.delete(file);
        } else {
          waiting = true;
        }
      }
      for (const file of [...seen.keys()]) if (!present.has(file)) seen.delete(file);
      for (const file of [...done.keys()]) if (!present.has(file)) done.delete(file);
      if (ready.length) {
        try {
          await opts.onReady(ready);
        } catch (error) {
          for (const file of ready) done.delete(file); // tried again once settled
          opts.onError?.(error);
        }
        continue;
      }
      const delay = waiting ? Math.min(opts.pollMs, Math.max(10, opts.settleMs / 4)) : opts.pollMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  } finally {
    watcher?.close();
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (isIgnoredName(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}
