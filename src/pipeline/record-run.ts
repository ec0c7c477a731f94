import path from "node:path";
import { isGitVault, commitPaths } from "../vault/git-commit.ts";
import type { FileChange } from "../entities/plan-entity-change.ts";
import { sha256 } from "../shared/sha256.ts";
import { newRunId, writeRunRecord, type RunRecord } from "../vault/run-record.ts";
import type { IngestSummary } from "./ingest-batch.ts";

/**
 * Writes the run record of an ingest that changed the vault and, in a git vault, commits exactly
 * the files the run touched as one commit. A run with any failure commits nothing (its record
 * still allows `mnemo undo`). Returns the record.
 */
export async function recordRun(root: string, summary: IngestSummary, meta: { command: string; engine: string; startedAt: Date }): Promise<RunRecord | null> {
  if (summary.changes.length === 0 && summary.archives.length === 0 && summary.setAside.length === 0) return null;
  const record: RunRecord = {
    version: 1,
    id: newRunId(meta.startedAt),
    command: meta.command,
    engine: meta.engine,
    startedAt: meta.startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    inputs: summary.files,
    results: summary.results.map((r) =>
      r.status === "failed"
        ? { file: r.file, status: r.status, reason: r.reason }
        : r.status === "duplicate"
          ? { file: r.file, status: r.status, note: r.note }
          : { file: r.file, status: r.status, note: r.note, ops: r.plan.ops.map((o) => `${o.kind} ${o.kind === "archive-source" ? o.to : o.path}`), conflicts: r.plan.conflicts },
    ),
    changes: summary.changes,
    archives: summary.archives,
    setAside: summary.setAside,
    undoneAt: null,
  };
  if (await isGitVault(root)) {
    if (summary.counts.failed > 0) {
      record.git = { commit: null, note: "not committed: some sources failed" };
    } else {
      const paths = [
        ...summary.changes.map((c) => c.path),
        ...summary.archives.flatMap((a) => [a.to, ...(a.mode === "move" ? [path.relative(root, a.from).split(path.sep).join("/")] : [])]),
      ];
      const names = summary.results.filter((r) => r.status === "created" || r.status === "regenerated").map((r) => path.basename(r.file));
      const message = `mnemo ingest: ${names.length} source${names.length === 1 ? "" : "s"} ${summary.counts.regenerated ? "filed or regenerated" : "filed"}\n\n${names.map((n) => `- ${n}`).join("\n")}\n\nRun ${record.id}`;
      record.git = { commit: await commitPaths(root, paths, message) };
    }
  }
  await writeRunRecord(root, record);
  return record;
}

/**
 * Records a command that edited notes directly (entity merge and rename, alias add) as a run, so
 * `mnemo undo` can reverse it and, in a git vault, commits exactly those files as one commit.
 */
export async function recordEditRun(root: string, meta: { command: string; startedAt: Date }, changes: readonly FileChange[]): Promise<RunRecord | null> {
  if (changes.length === 0) return null;
  const record: RunRecord = {
    version: 1,
    id: newRunId(meta.startedAt),
    command: meta.command,
    engine: "none",
    startedAt: meta.startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    inputs: [],
    results: [],
    changes: changes.map((c) => ({
      path: c.path,
      prior: c.before === null ? null : Buffer.from(c.before, "utf8").toString("base64"),
      after: c.after === null ? null : sha256(c.after),
    })),
    archives: [],
    setAside: [],
    undoneAt: null,
  };
  if (await isGitVault(root)) {
    record.git = { commit: await commitPaths(root, changes.map((c) => c.path), `mnemo ${meta.command}\n\nRun ${record.id}`) };
  }
  await writeRunRecord(root, record);
  return record;
}
