import { randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { CONFIG_DIR } from "./config.ts";
import { writeAtomic } from "./write-atomic.ts";

export const RUNS_DIR = `${CONFIG_DIR}/runs`;

/** The audit record of one run that changed the vault: enough to explain it and to undo it. */
export const RunRecord = z.object({
  version: z.literal(1),
  id: z.string(),
  command: z.string(),
  engine: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  inputs: z.array(z.string()),
  results: z.array(
    z.object({
      file: z.string(),
      status: z.enum(["created", "regenerated", "duplicate", "failed"]),
      note: z.string().optional(),
      reason: z.string().optional(),
      ops: z.array(z.string()).optional(),
      conflicts: z.array(z.string()).optional(),
    }),
  ),
  /** Every file written, in order: its content before (base64, null if new) and the hash after (null if the run deleted it). */
  changes: z.array(z.object({ path: z.string(), prior: z.string().nullable(), after: z.string().nullable() })),
  /** Sources archived: absolute `from`, vault-relative `to`. */
  archives: z.array(z.object({ from: z.string(), to: z.string(), mode: z.enum(["move", "copy"]) })),
  /** Inputs set aside in `_failed/`, with their `.error.txt`. */
  setAside: z.array(z.object({ from: z.string(), to: z.string(), report: z.string(), mode: z.enum(["move", "copy"]) })),
  git: z.object({ commit: z.string().nullable(), note: z.string().optional() }).optional(),
  undoneAt: z.string().nullable(),
});
export type RunRecord = z.infer<typeof RunRecord>;

/** Sortable run ids: `20251126T010203Z-3fa9`. */
export function newRunId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}-${randomBytes(2).toString("hex")}`;
}

export async function writeRunRecord(root: string, record: RunRecord): Promise<string> {
  const rel = `${RUNS_DIR}/${record.id}.json`;
  await writeAtomic(path.join(root, rel), `${JSON.stringify(RunRecord.parse(record), null, 1)}\n`);
  return rel;
}

export async function readRunRecords(root: string): Promise<RunRecord[]> {
  const dir = path.join(root, RUNS_DIR);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".json")).sort();
  const out: RunRecord[] = [];
  for (const n of names) out.push(RunRecord.parse(JSON.parse(await readFile(path.join(dir, n), "utf8"))));
  // In the order the runs happened: ids are to the second with a random tail, so two runs in the same
  // second would sort by chance; the start and finish times are to the millisecond.
  return out.sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.finishedAt.localeCompare(b.finishedAt) || a.id.localeCompare(b.id));
}
