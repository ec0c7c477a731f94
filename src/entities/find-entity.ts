import { VaultError } from "../vault/vault-error.ts";
import type { EntityRecord, Registry } from "./entity-record.ts";
import { foldName } from "./fold-name.ts";

/** The entity a user means by a name on the command line: its name, an alias, or its page's path. */
export function findEntity(registry: Registry, name: string): EntityRecord {
  const key = foldName(name);
  const byName = registry.entities.filter((e) => foldName(e.name) === key || e.path === name || e.path === `${name}.md`);
  const found = byName.length ? byName : registry.entities.filter((e) => e.aliases.some((a) => foldName(a) === key));
  if (found.length === 1) return found[0]!;
  if (found.length > 1) throw new VaultError(`"${name}" names several pages: ${found.map((e) => e.path).join(", ")}; give the page's path`);
  const near = registry.entities.filter((e) => foldName(e.name).split(" ").some((t) => key.split(" ").includes(t))).slice(0, 5);
  throw new VaultError(`no person, account or project page is named "${name}"${near.length ? ` (did you mean ${near.map((e) => `"${e.name}"`).join(", ")}?)` : ""}`);
}
