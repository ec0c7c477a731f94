import { execFile } from "node:child_process";

export type ToolOutput = { stdout: string; stderr: string };

/** Why an external tool failed, in one line: its exit, and the last line it wrote to stderr. */
export class ToolFailure extends Error {
  readonly timedOut: boolean;
  constructor(message: string, timedOut: boolean) {
    super(message);
    this.name = "ToolFailure";
    this.timedOut = timedOut;
  }
}

/**
 * Runs an external program (no shell) and collects its output. Rejects with `ToolFailure` when it
 * exits non-zero, is killed, or runs longer than `timeoutMs` (then it is killed).
 */
export function runTool(
  command: string,
  args: readonly string[],
  options: { timeoutMs: number; env?: Readonly<Record<string, string | undefined>> },
): Promise<ToolOutput> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { timeout: options.timeoutMs, killSignal: "SIGKILL", maxBuffer: 256 * 1024 * 1024, env: { ...(options.env ?? process.env) }, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ stdout, stderr });
          return;
        }
        const timedOut = error.killed === true && error.signal === "SIGKILL";
        const last = lastLine(stderr) ?? lastLine(stdout) ?? error.message.split("\n")[0] ?? "failed";
        const how = timedOut
          ? `did not finish within ${Math.round(options.timeoutMs / 1000)} s`
          : error.code === "ENOENT"
            ? "could not be started"
            : typeof error.code === "number"
              ? `exited with code ${error.code}`
              : `failed (${error.signal ?? error.code ?? "unknown"})`;
        reject(new ToolFailure(`${how}: ${last}`, timedOut));
      },
    );
  });
}

function lastLine(text: string): string | null {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  return lines[lines.length - 1] ?? null;
}
