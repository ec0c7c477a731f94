import { findEntity } from "../../entities/find-entity.ts";
import { applyFileChanges } from "../../entities/apply-file-changes.ts";
import { planAlias } from "../../entities/plan-entity-change.ts";
import { readNotes } from "../../entities/read-notes.ts";
import { foldName } from "../../entities/fold-name.ts";
import { planUnresolved, readUnresolved } from "../../entities/unresolved-store.ts";
import { EMPTY_REGISTRY } from "../../entities/entity-record.ts";
import { openVaultForWrite } from "../../pipeline/open-vault.ts";
import { recordEditRun } from "../../pipeline/record-run.ts";
import { readVaultState } from "../../vault/read-vault-state.ts";
import { VaultError } from "../../vault/vault-error.ts";
import { line, type CliIO } from "../io.ts";

/**
 * `mnemo alias add ALIAS NAME`: from now on ALIAS means that page (added to its `aliases`), notes
 * written before that named ALIAS point at the page, and ALIAS leaves the unresolved list.
 */
export async function aliasAdd(alias: string, name: string, options: { vault?: string }, io: CliIO): Promise<number> {
  const startedAt = new Date();
  const { root, config, release } = await openVaultForWrite({ vault: options.vault, env: io.env, cwd: io.cwd, command: "alias add" });
  try {
    const registry = (await readVaultState(root, config)).entities ?? EMPTY_REGISTRY;
    const entity = findEntity(registry, name);
    const other = registry.entities.find((e) => e !== entity && [e.name, ...e.aliases].some((n) => foldName(n) === foldName(alias)));
    if (other) throw new VaultError(`"${alias}" already means ${other.path}`);
    const notes = planAlias(await readNotes(root, config), alias, entity);
    const waiting = await readUnresolved(root);
    const left = waiting.filter((u) => foldName(u.name) !== foldName(alias));
    const settled = left.length === waiting.length ? null : await planUnresolved(root, left);
    const changes = settled ? [...notes, settled] : notes;
    if (changes.length) {
      await applyFileChanges(root, `alias add ${alias}`, changes);
      await recordEditRun(root, { command: `alias add ${alias} ${entity.name}`, startedAt }, changes);
    }
    const rewritten = notes.filter((c) => c.path !== entity.path).length;
    line(io.stdout, `"${alias}" now means ${entity.name} (${entity.path})${rewritten ? `; ${rewritten} ${rewritten === 1 ? "note written before now points" : "notes written before now point"} at it` : ""}`);
    return 0;
  } finally {
    await release();
  }
}
