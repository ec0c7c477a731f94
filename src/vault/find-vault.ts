import { existsSync } from "node:fs";
import path from "node:path";
import { CONFIG_FILE } from "./config.ts";
import { VaultError } from "./vault-error.ts";

/**
 * The vault a command works on: `--vault`, else `MNEMO_VAULT`, else the current directory or the
 * nearest parent holding `.mnemo/config.yaml`.
 */
export function findVault(explicit: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  const given = explicit ?? env.MNEMO_VAULT;
  if (given) {
    const root = path.resolve(cwd, given);
    if (!existsSync(path.join(root, CONFIG_FILE))) {
      throw new VaultError(`${root}: not a Mnemo vault (no ${CONFIG_FILE}); run \`mnemo init ${given} --owner "Your Name"\``);
    }
    return root;
  }
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, CONFIG_FILE))) return dir;
    if (path.dirname(dir) === dir) break;
  }
  throw new VaultError(`${cwd}: no Mnemo vault here or above; pass --vault, set MNEMO_VAULT, or run \`mnemo init\``);
}
