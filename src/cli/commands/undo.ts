import path from "node:path";
import { openVaultForWrite } from "../../pipeline/open-vault.ts";
import { undoRun } from "../../vault/undo-run.ts";
import { line, type CliIO } from "../io.ts";

/** `mnemo undo [run-id]`: restore the vault to its state before that run (default: the latest). */
export async function undo(runId: string | undefined, options: { vault?: string }, io: CliIO): Promise<number> {
  const { root, release } = await openVaultForWrite({ vault: options.vault, env: io.env, cwd: io.cwd, command: "undo" });
  try {
    const result = await undoRun(root, runId);
    line(io.stdout, `Undid run ${result.run.id}: ${result.restored.length} file${result.restored.length === 1 ? "" : "s"} restored or removed, ${result.returned.length} source${result.returned.length === 1 ? "" : "s"} back where they came from${result.commit ? `; committed ${result.commit.slice(0, 10)}` : ""}`);
    for (const p of result.returned) line(io.stdout, `  back: ${path.relative(root, p)}`);
    return 0;
  } finally {
    await release();
  }
}
