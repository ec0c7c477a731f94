import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/**
 * Expands files and folders into the input files to ingest, in a stable order. Inside folders,
 * hidden entries, Mnemo's own `_failed`-style folders (leading `_`) and `.error.txt` reports are skipped.
 */
export async function collectInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(input);
    const info = await stat(abs).catch(() => null);
    if (info === null) {
      out.push(abs); // reported as unreadable by the reader, with the file's name
    } else if (info.isDirectory()) {
      out.push(...(await walk(abs)));
    } else {
      out.push(abs);
    }
  }
  return [...new Set(out)];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name.startsWith("_") || e.name.endsWith(".error.txt")) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}
