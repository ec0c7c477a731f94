import type { Registry } from "../entities/entity-record.ts";

/**
 * What planning needs to know about the vault, read beforehand by `vault/read-vault-state.ts`.
 * Planning never touches the disk; tests build this value in memory.
 */
export type VaultState = {
  /** Vault-relative paths of every file in the vault (forward slashes). */
  paths: ReadonlySet<string>;
  /** Content hash of each source already ingested → the note made from it. */
  ingested: ReadonlyMap<string, string>;
  /** Lower-cased person name or alias → vault-relative path of that person's page. */
  people: ReadonlyMap<string, string>;
  /** Current text of the pages the plan may update, by vault-relative path. */
  files: ReadonlyMap<string, string>;
  /** People, accounts and projects with their aliases and emails (absent: none known). */
  entities?: Registry;
};
