import { Command, CommanderError } from "commander";
import { EngineError } from "../extract/llm/engine-error.ts";
import { VaultError } from "../vault/vault-error.ts";
import { processIO, type CliIO } from "./io.ts";
import { withParseLimitOptions } from "./parse-limits.ts";

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

  withParseLimitOptions(program.command("ingest"))
    .description("file transcripts and emails as notes, pages and proposed tasks")
    .argument("[paths...]", "files or folders (default: the vault's inbox)")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .option("--dry-run", "print the changes as diffs and write nothing")
    .option("--json", "print the results as JSON")
    .option("--jobs <n>", "read and extract this many sources at once (results are identical; default engine.jobs or 1)")
    .option("--engine <name>", "extraction engine: rules, openai, azure-openai, openai-compatible, anthropic or local (default: engine.name in config, else rules)")
    .option("--model <name>", "model name (azure-openai: deployment; local: path of a .gguf file)")
    .option("--base-url <url>", "API base URL, e.g. http://localhost:11434/v1 for Ollama")
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

  withParseLimitOptions(program.command("parse"))
    .description("show how Mnemo reads one input file")
    .argument("<file>")
    .option("--json", "print the whole SourceDocument as JSON")
    .action(async (file: string, opts) => {
      code = await (await import("./commands/parse.ts")).parse(file, opts, io);
    });

  // Tasks: list, triage, dashboard, export (src/cli/commands/tasks.ts) and the interactive review.
  const tasksCmd = program
    .command("tasks")
    .description("list tasks across the vault (a table; --json, --csv, --ics), and triage them")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .option("--status <list>", "proposed, open, in-progress, done, cancelled, active or all, comma-separated (default: active)")
    .option("--owner <name>", "owner name as written after @ (me = you)")
    .option("--due <when>", "before:YYYY-MM-DD, after:YYYY-MM-DD, on:YYYY-MM-DD, overdue, today or week")
    .option("--tag <tag>", "a tag, with or without # (nested tags match too)")
    .option("--source <path>", "a note's path, or the source_ref of the note")
    .option("--person <name>", "tasks owned by, naming, or from a meeting with this person")
    .option("--json", "print the tasks as JSON")
    .option("--csv", "print the tasks as CSV")
    .option("--ics <file>", "write the tasks that have a due date to an iCalendar file")
    .enablePositionalOptions()
    .action(async (opts) => {
      code = await (await import("./commands/tasks.ts")).tasks([], opts, io);
    });
  for (const [action, description] of [
    ["accept", "accept proposed tasks: [?] becomes [ ] and #proposed is dropped"],
    ["reject", "reject tasks: [-] with today's ❌ date"],
    ["done", "mark tasks done: [x] with today's ✅ date"],
    ["reopen", "reopen tasks: [ ] without ✅ or ❌ dates"],
  ] as const) {
    tasksCmd
      .command(action)
      .description(description)
      .argument("<ids...>", "task ids, as `mnemo tasks` shows them")
      .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
      .action(async (ids: string[], _opts, cmd: Command) => {
        code = await (await import("./commands/tasks.ts")).tasksTriage(action, ids, cmd.optsWithGlobals(), io);
      });
  }
  tasksCmd
    .command("edit")
    .description("change tasks' text, owner, due date or priority (none clears)")
    .argument("<ids...>", "task ids, as `mnemo tasks` shows them")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .option("--text <text>", "what the task says")
    .option("--owner <name>", "who owns it (me = you)")
    .option("--due <date>", "YYYY-MM-DD")
    .option("--priority <level>", "highest, high, medium, low or lowest")
    .action(async (ids: string[], _opts, cmd: Command) => {
      code = await (await import("./commands/tasks.ts")).tasksEdit(ids, cmd.optsWithGlobals(), io);
    });
  tasksCmd
    .command("dashboard")
    .description("write TASKS.md: Obsidian Tasks queries for proposed, mine this week, overdue, waiting on others")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .action(async (_opts, cmd: Command) => {
      code = await (await import("./commands/tasks.ts")).tasksDashboard([], cmd.optsWithGlobals(), io);
    });
  program
    .command("review")
    .description("triage proposed tasks one by one (keys: a accept, r reject, e edit, s skip, q quit)")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .action(async (opts) => {
      code = await (await import("./commands/review.ts")).review([], opts, io);
    });

  // Search and ask (src/cli/commands/search.ts, ask.ts, index-vault.ts) over .mnemo/index.sqlite.
  program
    .command("search")
    .description("find notes, sections, tasks, people and sources: words, \"phrases\", -not, person: account: type: tag: in: after: before:")
    .argument("<query...>", "e.g. pricing person:raj after:2025-10 in:decisions")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .option("--json", "print the results as JSON")
    .option("--limit <n>", "at most this many results (default 20)")
    .option("--no-refresh", "search the index as it is, without first reading changed files")
    .action(async (query: string[], opts) => {
      code = await (await import("./commands/search.ts")).search(query, opts, io);
    });
  program
    .command("ask")
    .description("answer a question from the vault, citing every claim as [[note#heading]]")
    .argument("<question...>")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .option("--json", "print the answer, citations and passages as JSON")
    .option("--engine <name>", "answering engine (default: engine.name in config, else the built-in: quotes the best passages)")
    .option("--model <name>", "model name")
    .option("--base-url <url>", "API base URL")
    .option("--embed-model <name>", "embedding model on the engine's server (default: $MNEMO_EMBED_MODEL; openai: text-embedding-3-small; none: off)")
    .option("--no-refresh", "use the index as it is, without first reading changed files")
    .action(async (question: string[], opts) => {
      code = await (await import("./commands/ask.ts")).ask(question, opts, io);
    });
  program
    .command("index")
    .description("bring the search index (.mnemo/index.sqlite) up to date; it is a cache, rebuilt from the vault")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .option("--rebuild", "read every file again")
    .option("--json", "print what changed as JSON")
    .option("--embed-model <name>", "embedding model on the engine's server (default: $MNEMO_EMBED_MODEL; none: off)")
    .action(async (opts) => {
      code = await (await import("./commands/index-vault.ts")).indexVault([], opts, io);
    });

  // After the meeting: the daily brief, watching the inbox, and a scheduled ingest.
  program
    .command("brief")
    .description("write Briefs/<date>.md: today's meetings with context, tasks to triage, overdue tasks, new notes")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .option("--date <YYYY-MM-DD>", "the day (default: today, or $MNEMO_TODAY)")
    .option("--wait <seconds>", "if another mnemo is writing to the vault, wait this long for it")
    .action(async (opts) => {
      code = await (await import("./commands/brief.ts")).brief(opts, io);
    });
  program
    .command("watch")
    .description("ingest files as they land in the inbox, once they stop growing; one line per event")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .option("--settle <ms>", "how long a file must stay the same size before it is ingested (default 2000)")
    .option("--poll <ms>", "how often the inbox is scanned besides file events (default 2000)")
    .option("--wait <seconds>", "how long to wait for another mnemo writing to the vault (default 60)")
    .option("--notify", "also show a desktop notification per event (notify-send or osascript)")
    .option("--engine <name>", "extraction engine, as for ingest")
    .option("--model <name>", "model name, as for ingest")
    .option("--base-url <url>", "API base URL, as for ingest")
    .action(async (opts) => {
      code = await (await import("./commands/watch.ts")).watchCommand(opts, io);
    });
  const scheduleCmd = program.command("schedule").description("run `mnemo ingest` on a timer: a user systemd timer (Linux) or launchd agent (macOS)");
  for (const [action, description] of [
    ["install", "write the timer or agent (under your home folder) and print the command that turns it on"],
    ["uninstall", "remove the timer or agent"],
  ] as const) {
    scheduleCmd
      .command(action)
      .description(description)
      .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
      .option("--every <minutes>", "minutes between runs (default 15)")
      .option("--platform <name>", "linux or darwin (default: this machine's)")
      .option("--now", "also run systemctl/launchctl to turn it on (install) or off (uninstall)")
      .action(async (opts) => {
        code = await (await import("./commands/schedule.ts")).schedule(action, opts, io);
      });
  }

  // People, accounts and projects (src/cli/commands/people.ts, entity.ts, unresolved.ts, alias.ts).
  for (const [name, type, what] of [
    ["people", "person", "people"],
    ["accounts", "account", "accounts (customers, partners)"],
    ["projects", "project", "projects"],
  ] as const) {
    program
      .command(name)
      .description(`list ${what} with their last contact and open tasks`)
      .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
      .option("--json", "print them as JSON")
      .action(async (opts) => {
        code = await (await import("./commands/people.ts")).listEntities(type, opts, io);
      });
  }
  const entityCmd = program.command("entity").description("merge or rename people, accounts and projects across the vault");
  entityCmd
    .command("merge")
    .description("merge page A into page B: aliases, ledger and key facts move over, links everywhere point at B")
    .argument("<a>", "the name (or alias, or page path) of the page that goes")
    .argument("<b>", "the page that stays")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .option("--dry-run", "list the files that would change and write nothing")
    .action(async (a: string, b: string, opts) => {
      code = await (await import("./commands/entity.ts")).entityMerge(a, b, opts, io);
    });
  entityCmd
    .command("rename")
    .description("rename a person, account or project everywhere (the old name stays an alias)")
    .argument("<name>", "the current name, an alias, or the page path")
    .argument("<new-name>")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .option("--dry-run", "list the files that would change and write nothing")
    .action(async (a: string, b: string, opts) => {
      code = await (await import("./commands/entity.ts")).entityRename(a, b, opts, io);
    });
  program
    .command("unresolved")
    .description("list names Mnemo would not guess about (no page was made); settle them with `mnemo alias add`")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .option("--json", "print them as JSON")
    .action(async (opts) => {
      code = await (await import("./commands/unresolved.ts")).unresolved(opts, io);
    });
  program
    .command("alias")
    .description("teach Mnemo another name for a page")
    .command("add")
    .description('"Koncha" means "Kanchan Mehrotra" from now on (added to the page\'s aliases)')
    .argument("<alias>")
    .argument("<name>", "the page's name, an alias, or its path")
    .option("--vault <dir>", "the vault (default: $MNEMO_VAULT or the current folder)")
    .action(async (alias: string, name: string, opts) => {
      code = await (await import("./commands/alias.ts")).aliasAdd(alias, name, opts, io);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof VaultError || error instanceof EngineError) {
      io.stderr.write(`mnemo: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
