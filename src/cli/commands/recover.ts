import { openVaultForWrite } from "../../pipeline/open-vault.ts";
import { line, type CliIO } from "../io.ts";

/** `mnemo recover`: roll back what an interrupted run left half done (every command does this first). */
export async function recover(options: { vault?: string }, io: CliIO): Promise<number> {
  const { recovered, release } = await openVaultForWrite({ vault: options.vault, env: io.env, cwd: io.cwd, command: "recover" });
  await release();
  if (recovered.length === 0) line(io.stdout, "Nothing to recover: no interrupted run.");
  for (const r of recovered) line(io.stdout, `rolled back the interrupted transaction for ${r.source} (${r.files.length} file${r.files.length === 1 ? "" : "s"}, ${r.archives.length} source move${r.archives.length === 1 ? "" : "s"})`);
  return 0;
}
