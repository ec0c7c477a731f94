import path from "node:path";
import { initVault } from "../../vault/init-vault.ts";
import { line, type CliIO } from "../io.ts";

export type InitCommandOptions = { owner: string; alias?: string[] };

export async function init(vault: string, options: InitCommandOptions, io: CliIO): Promise<number> {
  const { root, config } = await initVault({ vault: path.resolve(io.cwd, vault), owner: options.owner, aliases: options.alias ?? [] });
  line(io.stdout, `Created a Mnemo vault for ${config.owner.name} at ${root}`);
  line(io.stdout, `Drop transcripts and exported emails into ${path.join(root, config.folders.inbox)} and run \`mnemo ingest --vault ${vault}\`.`);
  return 0;
}
