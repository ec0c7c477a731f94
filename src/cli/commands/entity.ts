import { applyFileChanges } from "../../entities/apply-file-changes.ts";
import { EMPTY_REGISTRY } from "../../entities/entity-record.ts";
import { findEntity } from "../../entities/find-entity.ts";
import { planMerge, planRename, type FileChange } from "../../entities/plan-entity-change.ts";
import { readNotes } from "../../entities/read-notes.ts";
import { openVaultForWrite } from "../../pipeline/open-vault.ts";
import { recordEditRun } from "../../pipeline/record-run.ts";
import { readVaultState } from "../../vault/read-vault-state.ts";
import { VaultError } from "../../vault/vault-error.ts";
import { line, type CliIO } from "../io.ts";

type Options = { vault?: string; dryRun?: boolean };

/** `mnemo entity merge A B`: A's page is merged into B's and every reference to A now points at B. */
export async function entityMerge(a: string, b: string, options: Options, io: CliIO): Promise<number> {
  return change(`entity merge`, options, io, async (root, registry, notes) => {
    const from = findEntity(registry, a);
    const into = findEntity(registry, b);
    if (from.path === into.path) throw new VaultError(`"${a}" and "${b}" are the same page`);
    if (from.type !== into.type) throw new VaultError(`${from.path} is a ${from.type} and ${into.path} a ${into.type}; only pages of one kind merge`);
    return { changes: planMerge(notes, from, into), done: `Merged ${from.name} into ${into.name}` };
  });
}

/** `mnemo entity rename A "New Name"`: the page moves to the new name and every reference follows. */
export async function entityRename(a: string, newName: string, options: Options, io: CliIO): Promise<number> {
  return change(`entity rename`, options, io, async (root, registry, notes, paths) => {
    const entity = findEntity(registry, a);
    if (!newName.trim()) throw new VaultError("the new name is empty");
    return { changes: planRename(notes, entity, newName.trim(), (p) => paths.has(p)), done: `Renamed ${entity.name} to ${newName.trim()}` };
  });
}

async function change(
  command: string,
  options: Options,
  io: CliIO,
  plan: (root: string, registry: typeof EMPTY_REGISTRY, notes: Map<string, string>, paths: ReadonlySet<string>) => Promise<{ changes: FileChange[]; done: string }>,
): Promise<number> {
  const startedAt = new Date();
  const { root, config, release } = await openVaultForWrite({ vault: options.vault, env: io.env, cwd: io.cwd, command });
  try {
    const state = await readVaultState(root, config);
    const notes = await readNotes(root, config);
    let result: { changes: FileChange[]; done: string };
    try {
      result = await plan(root, state.entities ?? EMPTY_REGISTRY, notes, state.paths);
    } catch (error) {
      if (error instanceof VaultError) throw error;
      throw new VaultError((error as Error).message);
    }
    for (const c of result.changes) line(io.stdout, `  ${c.before === null ? "create" : c.after === null ? "delete" : "update"} ${c.path}`);
    if (options.dryRun) {
      line(io.stdout, `(dry run) ${result.done}: ${result.changes.length} files would change`);
      return 0;
    }
    await applyFileChanges(root, command, result.changes);
    const run = await recordEditRun(root, { command: `${command} (${result.done})`, startedAt }, result.changes);
    line(io.stdout, `${result.done}: ${result.changes.length} file${result.changes.length === 1 ? "" : "s"} changed${run ? ` (run ${run.id}; \`mnemo undo\` reverses it)` : ""}`);
    return 0;
  } finally {
    await release();
  }
}
