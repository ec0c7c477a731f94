import type { EntityType } from "../../entities/entity-record.ts";
import { foldName } from "../../entities/fold-name.ts";
import { openVaultForRead } from "../../pipeline/open-vault.ts";
import { ACTIVE_STATUSES } from "../../tasks/filter-tasks.ts";
import { readVaultTasks } from "../../tasks/read-vault-tasks.ts";
import { readVaultState } from "../../vault/read-vault-state.ts";
import { line, type CliIO } from "../io.ts";

/** `mnemo people|accounts|projects`: each entity with its last contact and open tasks with or about it. */
export async function listEntities(type: EntityType, options: { vault?: string; json?: boolean }, io: CliIO): Promise<number> {
  const { root, config } = await openVaultForRead({ vault: options.vault, env: io.env, cwd: io.cwd });
  const state = await readVaultState(root, config);
  const tasks = readVaultTasks(root, config).filter((t) => ACTIVE_STATUSES.includes(t.status));
  const rows = (state.entities?.entities ?? [])
    .filter((e) => e.type === type)
    .map((e) => {
      const names = [e.name, ...e.aliases].map(foldName);
      const open = tasks.filter((t) => (t.owner && names.includes(foldName(t.owner))) || names.some((n) => ` ${foldName(t.text)} `.includes(` ${n} `))).length;
      return { name: e.name, path: e.path, last_contact: e.lastContact, open_tasks: open, aliases: e.aliases, email: e.emails[0] ?? null, company: e.company, role: e.role };
    })
    .sort((a, b) => (b.last_contact ?? "").localeCompare(a.last_contact ?? "") || a.name.localeCompare(b.name));
  if (options.json) {
    line(io.stdout, JSON.stringify(rows, null, 2));
    return 0;
  }
  if (rows.length === 0) {
    line(io.stdout, `No ${type === "person" ? "people" : `${type}s`} yet.`);
    return 0;
  }
  const width = Math.max(4, ...rows.map((r) => r.name.length));
  line(io.stdout, `${"Name".padEnd(width)}  Last contact  Open tasks`);
  for (const r of rows) line(io.stdout, `${r.name.padEnd(width)}  ${(r.last_contact ?? "-").padEnd(12)}  ${String(r.open_tasks).padStart(10)}`);
  return 0;
}
