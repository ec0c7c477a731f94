import { findEntity } from "../../entities/find-entity.ts";
import { applyFileChanges } from "../../entities/apply-file-changes.ts";
import { foldName } from "../../entities/fold-name.ts";
import { readUnresolved, writeUnresolved } from "../../entities/unresolved-store.ts";
import { EMPTY_REGISTRY } from "../../entities/entity-record.ts";
import { openVaultForWrite } from "../../pipeline/open-vault.ts";
import { recordEditRun } from "../../pipeline/record-run.ts";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseDocument, isSeq } from "yaml";
import { readVaultState } from "../../vault/read-vault-state.ts";
import { VaultError } from "../../vault/vault-error.ts";
import { line, type CliIO } from "../io.ts";

/** `mnemo alias add ALIAS NAME`: from now on ALIAS means that page (added to its `aliases`), and it leaves the unresolved list. */
export async function aliasAdd(alias: string, name: string, options: { vault?: string }, io: CliIO): Promise<number> {
  const startedAt = new Date();
  const { root, config, release } = await openVaultForWrite({ vault: options.vault, env: io.env, cwd: io.cwd, command: "alias add" });
  try {
    const registry = (await readVaultState(root, config)).entities ?? EMPTY_REGISTRY;
    const entity = findEntity(registry, name);
    const other = registry.entities.find((e) => e !== entity && [e.name, ...e.aliases].some((n) => foldName(n) === foldName(alias)));
    if (other) throw new VaultError(`"${alias}" already means ${other.path}`);
    const before = await readFile(path.join(root, ...entity.path.split("/")), "utf8");
    const m = /^---\n([\s\S]*?)\n?---\n/.exec(before);
    const doc = parseDocument(m ? m[1]! : "");
    const current = doc.get("aliases");
    const aliases = isSeq(current) ? (current.toJSON() as unknown[]).map(String) : [];
    if (!aliases.some((a) => foldName(a) === foldName(alias)) && foldName(alias) !== foldName(entity.name)) {
      doc.set("aliases", [...aliases, alias]);
      const after = `---\n${doc.toString({ lineWidth: 0 })}---\n${m ? before.slice(m[0].length) : before}`;
      const changes = [{ path: entity.path, before, after }];
      await applyFileChanges(root, `alias add ${alias}`, changes);
      await recordEditRun(root, { command: `alias add ${alias} ${entity.name}`, startedAt }, changes);
    }
    const waiting = await readUnresolved(root);
    const left = waiting.filter((u) => foldName(u.name) !== foldName(alias));
    if (left.length !== waiting.length) await writeUnresolved(root, left);
    line(io.stdout, `"${alias}" now means ${entity.name} (${entity.path})`);
    return 0;
  } finally {
    await release();
  }
}
