import { EMPTY_REGISTRY } from "../../entities/entity-record.ts";
import { resolveName } from "../../entities/resolve-name.ts";
import { readUnresolved } from "../../entities/unresolved-store.ts";
import { openVaultForRead } from "../../pipeline/open-vault.ts";
import { readVaultState } from "../../vault/read-vault-state.ts";
import { line, type CliIO } from "../io.ts";

/** `mnemo unresolved`: names Mnemo would not guess about, still undecided (settled ones drop off). */
export async function unresolved(options: { vault?: string; json?: boolean }, io: CliIO): Promise<number> {
  const { root, config } = await openVaultForRead({ vault: options.vault, env: io.env, cwd: io.cwd });
  const registry = (await readVaultState(root, config)).entities ?? EMPTY_REGISTRY;
  const waiting = (await readUnresolved(root)).filter((u) => {
    const r = resolveName(u.name, registry, { owner: config.owner, types: ["person", "account", "project"] });
    return r.kind === "unresolved" || r.kind === "new";
  });
  if (options.json) {
    line(io.stdout, JSON.stringify(waiting, null, 2));
    return 0;
  }
  if (waiting.length === 0) {
    line(io.stdout, "No names are waiting for a decision.");
    return 0;
  }
  for (const u of waiting) {
    line(io.stdout, `${u.name}: ${u.reason}${u.candidates.length ? ` (${u.candidates.join(", ")})` : ""}; in ${u.notes.length} note${u.notes.length === 1 ? "" : "s"}`);
  }
  line(io.stdout, `Settle one with: mnemo alias add "${waiting[0]!.name}" "<Name of the page>"`);
  return 0;
}
