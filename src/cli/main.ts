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
    .option("--jobs <n>", "read and extract this many sources at once (results are identical)", "1")
    .option("--wait <seconds>", "if another mnemo is writing to the vault, wait this long for it")
    .option("--force", "re-generate notes of sources ingested before, keeping every line you added or changed")
    .action(async (paths: string[], opts) => {
      code = await (await import("./commands/ingest.ts")).ingest(paths, opts, io);
    });

  program
    .command("plan")
    .description("show what ingest would change, as diffs, writing nothing (same as ingest --dry-run)")
    .argument("[paths...]", "files or folders (default: the vault's inbox)")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .action(async (paths: string[], opts) => {
      code = await (await import("./commands/ingest.ts")).ingest(paths, { ...opts, dryRun: true }, io);
    });

  program
    .command("undo")
    .description("restore the vault to its state before a run (default: the latest)")
    .argument("[run-id]", "a run id from the ingest summary or .mnemo/runs/")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .action(async (runId: string | undefined, opts) => {
      code = await (await import("./commands/undo.ts")).undo(runId, opts, io);
    });

  program
    .command("recover")
    .description("roll back what an interrupted run left half done (every command does this first)")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .action(async (opts) => {
      code = await (await import("./commands/recover.ts")).recover(opts, io);
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
