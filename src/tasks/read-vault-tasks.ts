import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { VaultConfig } from "../vault/config.ts";
import { normaliseTaskText } from "./normalise-task-text.ts";
import { scanTaskLines } from "./scan-task-lines.ts";
import { derivedTaskId, taskId } from "./task-id.ts";
import { splitDescription, taskDate, taskPriority, taskStatusKind, taskTags } from "./task.ts";
import type { VaultTask } from "./vault-task.ts";

const SKIP_DIRS = new Set([".mnemo", ".obsidian", ".git", ".trash", "node_modules"]);

/**
 * Every task line in the vault's Markdown notes, in path then line order. The inbox and the
 * archived sources are not notes and are skipped. Files are read synchronously one after another:
 * for many small files that is faster than scheduling reads, and a file without `[` costs one scan.
 */
export function readVaultTasks(root: string, config: VaultConfig): VaultTask[] {
  const skipTop = new Set([config.folders.inbox, config.folders.sources]);
  const out: VaultTask[] = [];
  for (const rel of markdownFiles(root, "", skipTop)) out.push(...readFileTasks(rel, readFileSync(path.join(root, rel), "utf8")));
  return out;
}

/** The tasks of one note's text, as `readVaultTasks` reads them. */
export function readFileTasks(file: string, text: string): VaultTask[] {
  const hits = scanTaskLines(text);
  const seen = new Map<string, number>();
  return hits.map(({ task, lineIndex }) => {
    const { text: body, owner } = splitDescription(task.description);
    const key = normaliseTaskText(body);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const derivedId = derivedTaskId(file, body, occurrence);
    return {
      task,
      id: taskId(task, derivedId),
      derivedId,
      file,
      lineIndex,
      status: taskStatusKind(task),
      text: body,
      owner,
      due: taskDate(task, "due"),
      priority: taskPriority(task),
      tags: taskTags(task),
    };
  });
}

function markdownFiles(root: string, rel: string, skipTop: Set<string>): string[] {
  const files: string[] = [];
  const entries = readdirSync(path.join(root, rel), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || skipTop.has(child)) continue;
      files.push(...markdownFiles(root, child, skipTop));
    } else if (e.isFile() && e.name.endsWith(".md")) {
      files.push(child);
    }
  }
  return files;
}
