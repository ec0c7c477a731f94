import { findVault } from "../vault/find-vault.ts";
import { needsRecovery, recover, type JournalEntry } from "../vault/journal.ts";
import { loadConfig } from "../vault/load-config.ts";
import type { VaultConfig } from "../vault/config.ts";
import { acquireLock } from "../vault/vault-lock.ts";

export type OpenVault = {
  root: string;
  config: VaultConfig;
  /** Transactions an interrupted earlier run left half done, now rolled back. */
  recovered: JournalEntry[];
  release: () => Promise<void>;
};

/**
 * What every command that writes to the vault does first: find it, read its config, take the
 * write lock, and roll back whatever an interrupted run left in the journal.
 */
export async function openVaultForWrite(opts: { vault?: string; env: NodeJS.ProcessEnv; cwd: string; command: string; waitMs?: number }): Promise<OpenVault> {
  const root = findVault(opts.vault, opts.env, opts.cwd);
  const config = await loadConfig(root);
  const release = await acquireLock(root, opts.command, opts.waitMs ?? 0);
  try {
    const { rolledBack } = await recover(root);
    return { root, config, recovered: rolledBack, release };
  } catch (error) {
    await release();
    throw error;
  }
}

/** For commands that only read (and dry runs): no lock, no recovery, but say if one is needed. */
export async function openVaultForRead(opts: { vault?: string; env: NodeJS.ProcessEnv; cwd: string }) {
  const root = findVault(opts.vault, opts.env, opts.cwd);
  const config = await loadConfig(root);
  return { root, config, interrupted: await needsRecovery(root) };
}
