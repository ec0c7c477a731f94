import { copyFile, mkdir, readFile, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { ChangePlan } from "../plan/change-plan.ts";
import { sha256 } from "../shared/sha256.ts";
import { crashPoint } from "./crash-point.ts";
import { beginTransaction, commitTransaction, rollBack } from "./journal.ts";
import { syncDir, writeAtomic } from "./write-atomic.ts";

/** The plan no longer fits the vault (a file appeared, changed or vanished since planning). */
export class StalePlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StalePlanError";
  }
}

/** What applying a plan changed: enough to audit it and to undo it later. */
export type AppliedChange = { path: string; prior: string | null; after: string };
export type AppliedArchive = { from: string; to: string; mode: "move" | "copy" };
export type ApplyResult = { files: AppliedChange[]; archives: AppliedArchive[] };

/**
 * Applies one source's plan as a transaction: every precondition is checked before the first
 * write; the journal records the prior state of everything touched; notes and pages are written
 * atomically; the source is archived last (after its note is safe); the journal entry is removed
 * only when all of it is done. Any failure rolls back; a crash leaves the journal for `recover`.
 */
export async function applyPlan(root: string, planValue: ChangePlan): Promise<ApplyResult> {
  const plan = ChangePlan.parse(planValue);
  const abs = (rel: string) => path.join(root, ...rel.split("/"));
  const prior = new Map<string, Buffer | null>();

  for (const op of plan.ops) {
    if (op.kind === "create-file") {
      if (await exists(abs(op.path))) throw new StalePlanError(`${op.path}: appeared since planning; not overwriting it`);
      prior.set(op.path, null);
    } else if (op.kind === "update-file") {
      const current = await readFile(abs(op.path)).catch(() => null);
      if (current === null) throw new StalePlanError(`${op.path}: vanished since planning`);
      if (sha256(current) !== op.before) throw new StalePlanError(`${op.path}: changed since planning; not overwriting the edit`);
      prior.set(op.path, current);
    } else {
      const bytes = await readFile(op.from).catch(() => null);
      if (bytes === null) throw new StalePlanError(`${op.from}: source vanished since planning`);
      if (sha256(bytes) !== op.contentHash) throw new StalePlanError(`${op.from}: source changed since planning`);
      if (await exists(abs(op.to))) throw new StalePlanError(`${op.to}: archive target appeared since planning`);
    }
  }

  const archives: AppliedArchive[] = plan.ops.flatMap((op) => (op.kind === "archive-source" ? [{ from: op.from, to: op.to, mode: op.mode }] : []));
  const tx = await beginTransaction(root, {
    source: plan.source.fileName,
    files: [...prior].map(([p, b]) => ({ path: p, prior: b === null ? null : b.toString("base64") })),
    archives,
  });
  const files: AppliedChange[] = [];
  try {
    for (const op of plan.ops) {
      if (op.kind === "archive-source") continue;
      await writeAtomic(abs(op.path), op.content);
      crashPoint();
      const before = prior.get(op.path);
      files.push({ path: op.path, prior: before ? before.toString("base64") : null, after: sha256(op.content) });
    }
    for (const a of archives) {
      const target = abs(a.to);
      await mkdir(path.dirname(target), { recursive: true });
      if (a.mode === "copy") await copyThenRename(a.from, target);
      else await moveFile(a.from, target);
      await syncDir(path.dirname(target));
      if (a.mode === "move") await syncDir(path.dirname(a.from));
      crashPoint();
    }
  } catch (error) {
    await rollBack(root, tx);
    throw error;
  }
  await commitTransaction(tx);
  return { files, archives };
}

async function copyThenRename(from: string, to: string): Promise<void> {
  const tmp = path.join(path.dirname(to), `.${path.basename(to)}.mnemo-tmp`);
  await copyFile(from, tmp);
  crashPoint();
  try {
    await rename(tmp, to);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
}

async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EXDEV") throw e;
    await copyThenRename(from, to);
    await unlink(from);
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    (e: NodeJS.ErrnoException) => e.code !== "ENOENT",
  );
}
