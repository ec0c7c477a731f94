import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { CONFIG_DIR } from "../vault/config.ts";
import { foldName } from "./fold-name.ts";
import type { FileChange } from "./plan-entity-change.ts";

export const UNRESOLVED_FILE = `${CONFIG_DIR}/unresolved.json`;

/** A name waiting for a decision, with where it was seen. */
export const UnresolvedEntry = z.object({
  name: z.string(),
  reason: z.string(),
  candidates: z.array(z.string()),
  /** Notes whose source wrote this name. */
  notes: z.array(z.string()),
  first_seen: z.string(),
});
export type UnresolvedEntry = z.infer<typeof UnresolvedEntry>;

const UnresolvedFile = z.object({ version: z.literal(1), names: z.array(UnresolvedEntry) });

export async function readUnresolved(root: string): Promise<UnresolvedEntry[]> {
  try {
    return UnresolvedFile.parse(JSON.parse(await readFile(path.join(root, UNRESOLVED_FILE), "utf8"))).names;
  } catch {
    return [];
  }
}

/**
 * The change that makes the stored list `names`, or null when it already is. Callers apply it with
 * the run's other changes (journaled, recorded in the run), so `mnemo undo` takes the names back too.
 */
export async function planUnresolved(root: string, names: readonly UnresolvedEntry[]): Promise<FileChange | null> {
  const before = await readFile(path.join(root, UNRESOLVED_FILE), "utf8").catch(() => null);
  const sorted = [...names].sort((a, b) => a.name.localeCompare(b.name));
  const after = `${JSON.stringify({ version: 1, names: sorted }, null, 2)}\n`;
  return before === after ? null : { path: UNRESOLVED_FILE, before, after };
}

/** Adds names seen in a run to the list (one entry per folded name, notes and candidates merged). */
export function mergeUnresolved(current: readonly UnresolvedEntry[], seen: readonly UnresolvedEntry[]): UnresolvedEntry[] {
  const byKey = new Map(current.map((e) => [foldName(e.name), { ...e }]));
  for (const s of seen) {
    const k = foldName(s.name);
    const e = byKey.get(k);
    if (!e) byKey.set(k, { ...s });
    else byKey.set(k, { ...e, reason: s.reason, candidates: [...new Set([...e.candidates, ...s.candidates])], notes: [...new Set([...e.notes, ...s.notes])] });
  }
  return [...byKey.values()];
}
