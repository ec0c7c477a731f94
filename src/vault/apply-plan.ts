import { copyFile, mkdir, readFile, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { ChangePlan } from "../plan/change-plan.ts";
import { sha256 } from "../shared/sha256.ts";
import { syncDir, writeAtomic } from "./write-atomic.ts";

/** The plan no longer fits the vault (a file appeared, changed or vanished since planning). */
export class StalePlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StalePlanError";
  }
}

type Undo = () => Promise<void>;

/**
 * Applies one source's plan all-or-nothing: every precondition is checked before the first write,
 * notes and pages are written atomically, the source is archived last (after its note is safe),
 * and any failure undoes what this call already did. Returns the vault-relative paths it touched.
 */
export async function applyPlan(root: string, planValue: ChangePlan): Promise<string[]> {
  const plan = ChangePlan.parse(planValue);
  const abs = (rel: string) => path.join(root, ...rel.split("/"));
  const prior = new Map<string, string>();

  for (const op of plan.ops) {
    if (op.kind === "create-file") {
      if (await exists(abs(op.path))) throw new StalePlanError(`${op.path}: appeared since planning; not overwriting it`);
    } else if (op.kind === "update-file") {
      const current = await readFile(abs(op.path), "utf8").catch(() => null);
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

  const undo: Undo[] = [];
  const touched: string[] = [];
  try {
    for (const op of plan.ops) {
      if (op.kind === "create-file") {
        await writeAtomic(abs(op.path), op.content);
        undo.push(() => unlink(abs(op.path)));
        touched.push(op.path);
      } else if (op.kind === "update-file") {
        await writeAtomic(abs(op.path), op.content);
        const before = prior.get(op.path)!;
        undo.push(() => writeAtomic(abs(op.path), before));
        touched.push(op.path);
      }
    }
    for (const op of plan.ops) {
      if (op.kind !== "archive-source") continue;
      const target = abs(op.to);
      await mkdir(path.dirname(target), { recursive: true });
      if (op.mode === "copy") {
        await copyThenRename(op.from, target);
        undo.push(() => unlink(target));
      } else {
        await moveFile(op.from, target);
        undo.push(() => moveFile(target, op.from));
      }
      await syncDir(path.dirname(target));
      touched.push(op.to);
    }
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => {});
    throw error;
  }
  return touched;
}

async function copyThenRename(from: string, to: string): Promise<void> {
  const tmp = path.join(path.dirname(to), `.${path.basename(to)}.mnemo-tmp`);
  await copyFile(from, tmp);
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
