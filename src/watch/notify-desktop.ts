import { spawn } from "node:child_process";

/**
 * A best-effort desktop notification: `notify-send` on Linux, `osascript` on macOS. Failures (no
 * tool, no display) are ignored; the line on stdout is the record.
 */
export function notifyDesktop(title: string, message: string, platform: NodeJS.Platform = process.platform): void {
  const [cmd, args] =
    platform === "darwin"
      ? ["osascript", ["-e", `display notification ${appleString(message)} with title ${appleString(title)}`]]
      : ["notify-send", ["--app-name=Mnemo", title, message]];
  try {
    const child = spawn(cmd, args, { stdio: "ignore", detached: false });
    child.on("error", () => {});
    child.unref();
  } catch {
    // no notifier here
  }
}

function appleString(s: string): string {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
