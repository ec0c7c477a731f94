import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findVault } from "../../vault/find-vault.ts";
import { loadConfig } from "../../vault/load-config.ts";
import { scheduleFiles, type SchedulePlatform } from "../../watch/schedule-files.ts";
import { line, type CliIO } from "../io.ts";

export type ScheduleCommandOptions = { vault?: string; every?: string; platform?: string; now?: boolean };

const MNEMO_BIN = fileURLToPath(new URL("../../../bin/mnemo.js", import.meta.url));

/**
 * `mnemo schedule install|uninstall`: a user-level systemd timer (Linux) or launchd agent (macOS)
 * that runs `mnemo ingest` on the vault every few minutes. The unit files go under $HOME; the
 * command that turns them on or off is printed, and run only with `--now`.
 */
export async function schedule(action: "install" | "uninstall", options: ScheduleCommandOptions, io: CliIO): Promise<number> {
  const platform = (options.platform ?? process.platform) as string;
  if (platform !== "linux" && platform !== "darwin") {
    line(io.stderr, `mnemo: schedule supports linux (systemd) and darwin (launchd), not ${platform}; run \`mnemo watch\` instead`);
    return 2;
  }
  const every = Number(options.every ?? 15);
  if (!Number.isInteger(every) || every < 1) {
    line(io.stderr, `mnemo: --every ${options.every}: expected a whole number of minutes`);
    return 2;
  }
  const home = io.env.HOME || homedir();
  const vault = action === "install" ? findVault(options.vault, io.env, io.cwd) : "";
  if (action === "install") await loadConfig(vault); // a vault with a readable config, or a one-line error
  const plan = scheduleFiles({ platform: platform as SchedulePlatform, home, vault, everyMinutes: every, program: [process.execPath, MNEMO_BIN] });
  const show = (cmds: string[][]) => cmds.map((c) => c.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(" ")).join(" && ");
  const run = (cmds: string[][]): boolean => {
    for (const [cmd, ...args] of cmds) {
      const r = spawnSync(cmd!, args, { stdio: "inherit" });
      if (r.status !== 0) {
        line(io.stderr, `mnemo: \`${show([[cmd!, ...args]])}\` failed${r.error ? `: ${r.error.message}` : ""}`);
        return false;
      }
    }
    return true;
  };

  if (action === "install") {
    for (const f of plan.files) {
      await mkdir(path.dirname(f.path), { recursive: true });
      await writeFile(f.path, f.content);
      line(io.stdout, `wrote ${f.path}`);
    }
    if (options.now) return run(plan.enable) ? (line(io.stdout, `enabled: mnemo ingest runs every ${every} minutes`), 0) : 1;
    line(io.stdout, `Turn it on with: ${show(plan.enable)}`);
    return 0;
  }
  if (options.now && !run(plan.disable.slice(0, 1))) return 1;
  for (const f of [...plan.links, ...plan.files.map((x) => x.path)]) {
    if (!existsSync(f)) continue;
    await rm(f, { force: true });
    line(io.stdout, `removed ${f}`);
  }
  if (options.now) run(plan.disable.slice(1));
  else line(io.stdout, `If it is running, stop it with: ${show(plan.disable)}`);
  return 0;
}
