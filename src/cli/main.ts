import { Command, CommanderError } from "commander";
import { VaultError } from "../vault/vault-error.ts";
import { processIO, type CliIO } from "./io.ts";

/**
 * The `mnemo` command line. Each command lives in `commands/<name>.ts`, loaded only when used.
 * Known problems (a bad vault or config, an unreadable input) print one line and exit 2;
 * anything else is a bug and prints its stack.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let code = 0;
  const program = new Command()
    .name("mnemo")
    .description("Turn meeting transcripts, email threads and documents into a linked Obsidian vault.")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  program
    .command("init")
    .description("create a vault: folders and .mnemo/config.yaml")
    .argument("<vault>", "folder for the vault (created if missing)")
    .requiredOption("--owner <name>", "your full name, as it appears in meetings")
    .option("--alias <name...>", "other names you appear under")
    .action(async (vault: string, opts) => {
      code = await (await import("./commands/init.ts")).init(vault, opts, io);
    });

  program
    .command("ingest")
    .description("file transcripts and emails as notes, pages and proposed tasks")
    .argument("[paths...]", "files or folders (default: the vault's inbox)")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .option("--dry-run", "print the changes as diffs and write nothing")
    .option("--json", "print the results as JSON")
    .action(async (paths: string[], opts) => {
      code = await (await import("./commands/ingest.ts")).ingest(paths, opts, io);
    });

  program
    .command("parse")
    .description("show how Mnemo reads one input file")
    .argument("<file>")
    .option("--json", "print the whole SourceDocument as JSON")
    .action(async (file: string, opts) => {
      code = await (await import("./commands/parse.ts")).parse(file, opts, io);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof VaultError) {
      io.stderr.write(`mnemo: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
