import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { CONFIG_DIR } from "./config.ts";
import { crashPoint } from "./crash-point.ts";
import { syncDir, writeAtomic } from "./write-atomic.ts";

export const JOURNAL_DIR = `${CONFIG_DIR}/journal`;

/** What one transaction is about to change, written (and fsynced) before the first change. */
export const JournalEntry = z.object({
  version: z.literal(1),
  id: z.string(),
  source: z.string(),
  /** Each file the transaction writes, with its content before (base64) or null if it did not exist. */
  files: z.array(z.object({ path: z.string(), prior: z.string().nullable() })),
  /** Sources moved or copied into the archive (absolute `from`, vault-relative `to`). */
  archives: z.array(z.object({ from: z.string(), to: z.string(), mode: z.enum(["move", "copy"]) })),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export type Transaction = { entry: JournalEntry; file: string };

/** Records the intent and the prior state of everything a transaction touches. */
export async function beginTransaction(root: string, entry: Omit<JournalEntry, "version" | "id">): Promise<Transaction> {
  const id = `${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;
  const full: JournalEntry = { version: 1, id, ...entry };
  const file = path.join(root, JOURNAL_DIR, `${id}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeAtomic(file, JSON.stringify(full));
  crashPoint();
  return { entry: full, file };
}

/** The commit point: once the journal entry is gone, the transaction's changes stand. */
export async function commitTransaction(tx: Transaction): Promise<void> {
  await unlink(tx.file);
  await syncDir(path.dirname(tx.file));
  crashPoint();
}

/**
 * Puts every file the transaction touched back as it was (sources back where they came from),
 * removes temp files left beside them, then drops the journal entry. Safe to run again if it is
 * itself interrupted: each step checks the current state first.
 */
export async function rollBack(root: string, tx: Transaction): Promise<void> {
  const abs = (rel: string) => path.join(root, ...rel.split("/"));
  for (const a of [...tx.entry.archives].reverse()) {
    const target = abs(a.to);
    const here = await exists(target);
    if (a.mode === "move") {
      if (here && !(await exists(a.from))) {
        await mkdir(path.dirname(a.from), { recursive: true });
        await rename(target, a.from);
      } else if (here) {
        await unlink(target);
      }
    } else if (here) {
      await unlink(target);
    }
    await removeTemps(path.dirname(target));
  }
  for (const f of [...tx.entry.files].reverse()) {
    if (f.prior === null) await rm(abs(f.path), { force: true });
    else await writeAtomic(abs(f.path), Buffer.from(f.prior, "base64"));
    await removeTemps(path.dirname(abs(f.path)));
  }
  await rm(tx.file, { force: true });
  await syncDir(path.dirname(tx.file));
}

export type RecoveryReport = { rolledBack: JournalEntry[] };

/** Rolls back every transaction an interrupted run left in the journal. */
export async function recover(root: string): Promise<RecoveryReport> {
  const dir = path.join(root, JOURNAL_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const rolledBack: JournalEntry[] = [];
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    if (!name.endsWith(".json")) {
      await rm(file, { force: true }); // a journal entry's own temp file: the entry was never written
      continue;
    }
    const entry = JournalEntry.parse(JSON.parse(await readFile(file, "utf8")));
    await rollBack(root, { entry, file });
    rolledBack.push(entry);
  }
  // Temp files of records written outside a transaction (run records) are debris too.
  await removeTemps(path.join(root, CONFIG_DIR, "runs"));
  return { rolledBack };
}

/** True when an interrupted run left work for `recover`. */
export async function needsRecovery(root: string): Promise<boolean> {
  const names = await readdir(path.join(root, JOURNAL_DIR)).catch(() => [] as string[]);
  return names.length > 0;
}

async function removeTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const n of names) if (n.startsWith(".") && n.includes(".mnemo-tmp")) await rm(path.join(dir, n), { force: true });
}

function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}
