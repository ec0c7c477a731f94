import { mkdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { sha256 } from "../shared/sha256.ts";
import { commitPaths, isGitVault } from "./git-commit.ts";
import { beginTransaction, commitTransaction, rollBack } from "./journal.ts";
import { readRunRecords, writeRunRecord, type RunRecord } from "./run-record.ts";
import { VaultError } from "./vault-error.ts";
import { writeAtomic } from "./write-atomic.ts";

export type UndoResult = { run: RunRecord; restored: string[]; returned: string[]; commit: string | null };

/**
 * Puts the vault back as it was before run `id` (default: the latest run not yet undone): notes and
 * pages restored or removed, sources moved back to the inbox, set-aside files returned. Refuses,
 * changing nothing, when a file was edited since the run or a later run touched the same files.
 */
export async function undoRun(root: string, id?: string): Promise<UndoResult> {
  const runs = await readRunRecords(root);
  const live = runs.filter((r) => r.undoneAt === null);
  const run = id ? runs.find((r) => r.id === id || r.id.startsWith(id)) : live.at(-1);
  if (!run) throw new VaultError(id ? `${root}: no run ${id} (see .mnemo/runs/)` : `${root}: no run to undo`);
  if (run.undoneAt) throw new VaultError(`run ${run.id} was already undone at ${run.undoneAt}`);

  const abs = (rel: string) => path.join(root, ...rel.split("/"));
  const rel = (p: string) => path.relative(root, p).split(path.sep).join("/");
  const touched = new Set([...run.changes.map((c) => c.path), ...run.archives.map((a) => a.to), ...run.setAside.flatMap((s) => [s.to, s.report])]);
  const later = live.filter((r) => runs.indexOf(r) > runs.indexOf(run) && [...r.changes.map((c) => c.path), ...r.archives.map((a) => a.to)].some((p) => touched.has(p)));
  if (later.length) throw new VaultError(`run ${run.id}: later run ${later.at(-1)!.id} changed the same files; undo it first`);

  const problems: string[] = [];
  const lastAfter = new Map<string, string | null>();
  for (const c of run.changes) lastAfter.set(c.path, c.after);
  for (const [p, after] of lastAfter) {
    const now = await readFile(abs(p)).catch(() => null);
    if (after === null) {
      if (now !== null) problems.push(`${p} was created again since the run deleted it`);
    } else if (now === null || sha256(now) !== after) problems.push(`${p} was ${now === null ? "removed" : "edited"} since the run`);
  }
  for (const a of run.archives) {
    if (!(await exists(abs(a.to)))) problems.push(`${a.to} is no longer in the archive`);
    if (a.mode === "move" && (await exists(a.from))) problems.push(`${a.from} exists again; not moving the archived copy over it`);
  }
  if (problems.length) throw new VaultError(`run ${run.id}: not undone, nothing changed: ${problems.join("; ")}`);

  // The earliest prior of each file is its state before the run.
  const firstPrior = new Map<string, string | null>();
  for (const c of run.changes) if (!firstPrior.has(c.path)) firstPrior.set(c.path, c.prior);
  const deletions = [
    ...run.archives.filter((a) => a.mode === "copy").map((a) => a.to),
    ...run.setAside.flatMap((s) => [s.report, ...(s.mode === "copy" ? [s.to] : [])]),
  ];
  const moves = [
    ...run.archives.filter((a) => a.mode === "move").map((a) => ({ from: abs(a.to), to: a.from })),
    ...run.setAside.filter((s) => s.mode === "move").map((s) => ({ from: abs(s.to), to: s.from })),
  ];
  const journalFiles = [];
  for (const p of [...firstPrior.keys(), ...deletions]) {
    const now = await readFile(abs(p)).catch(() => null);
    journalFiles.push({ path: p, prior: now === null ? null : now.toString("base64") });
  }
  // The journal's archive entries describe how to reverse each move if the undo is interrupted.
  const tx = await beginTransaction(root, {
    source: `undo ${run.id}`,
    files: journalFiles,
    archives: moves.filter((m) => isInside(root, m.to)).map((m) => ({ from: m.from, to: rel(m.to), mode: "move" as const })),
  });
  try {
    for (const [p, prior] of firstPrior) {
      if (prior === null) await rm(abs(p), { force: true });
      else await writeAtomic(abs(p), Buffer.from(prior, "base64"));
    }
    for (const p of deletions) await rm(abs(p), { force: true });
    for (const m of moves) {
      await mkdir(path.dirname(m.to), { recursive: true });
      await rename(m.from, m.to);
    }
  } catch (error) {
    await rollBack(root, tx);
    throw error;
  }
  await commitTransaction(tx);

  const undone: RunRecord = { ...run, undoneAt: new Date().toISOString() };
  await writeRunRecord(root, undone);
  let commit: string | null = null;
  if (run.git?.commit && (await isGitVault(root))) {
    const paths = [...firstPrior.keys(), ...deletions, ...moves.flatMap((m) => [rel(m.from), ...(isInside(root, m.to) ? [rel(m.to)] : [])])];
    commit = await commitPaths(root, paths, `mnemo undo: run ${run.id}`);
  }
  return { run: undone, restored: [...firstPrior.keys()], returned: moves.map((m) => m.to), commit };
}

function isInside(root: string, p: string): boolean {
  const r = path.relative(root, p);
  return r !== "" && !r.startsWith("..") && !path.isAbsolute(r);
}

function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}
