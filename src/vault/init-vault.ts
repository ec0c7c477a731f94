import { mkdir, writeFile, access } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { CONFIG_DIR, CONFIG_FILE, VaultConfig } from "./config.ts";
import { writeDashboard } from "../tasks/write-dashboard.ts";
import { VaultError } from "./vault-error.ts";

export type InitOptions = { vault: string; owner: string; aliases?: string[]; folders?: Partial<VaultConfig["folders"]> };

/**
 * Creates the vault's folders, `.mnemo/config.yaml` and the TASKS.md dashboard (Obsidian Tasks
 * queries). Refuses to overwrite an existing config.
 */
export async function initVault(options: InitOptions): Promise<{ root: string; config: VaultConfig; created: string[] }> {
  const root = path.resolve(options.vault);
  const configPath = path.join(root, CONFIG_FILE);
  if (await exists(configPath)) throw new VaultError(`${configPath}: already exists; this folder is a Mnemo vault already`);
  const config = VaultConfig.parse({
    owner: { name: options.owner, aliases: options.aliases ?? [] },
    folders: options.folders ?? {},
  });
  const year = String(new Date().getFullYear());
  const f = config.folders;
  const dirs = [
    CONFIG_DIR,
    f.inbox,
    path.join(f.meetings, year),
    path.join(f.email, year),
    f.documents,
    f.people,
    f.accounts,
    f.projects,
    ...["Transcripts", "Email", "Documents", "Voice"].map((k) => path.join(f.sources, k, year)),
  ];
  const created: string[] = [];
  for (const d of dirs) {
    await mkdir(path.join(root, d), { recursive: true });
    created.push(d);
  }
  const header = "# Mnemo vault settings. Folder names are relative to the vault; see README.\n";
  await writeFile(configPath, header + stringify(config), { flag: "wx" });
  await writeDashboard(root, config);
  return { root, config, created };
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}
