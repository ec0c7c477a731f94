import path from "node:path";

export type SchedulePlatform = "linux" | "darwin";

export type ScheduleRequest = {
  platform: SchedulePlatform;
  home: string;
  /** Absolute path of the vault. */
  vault: string;
  /** Minutes between runs. */
  everyMinutes: number;
  /** The command that runs Mnemo: node and the `bin/mnemo.js` script, absolute. */
  program: readonly string[];
};

export type ScheduleFiles = {
  files: Array<{ path: string; content: string }>;
  /** Commands that turn the schedule on, and off, for the user to run (or `--now` to run them). */
  /** Links `systemctl enable` makes, removed on uninstall even when systemctl is not run. */
  links: string[];
  enable: string[][];
  disable: string[][];
};

export const LAUNCHD_LABEL = "com.mnemo.ingest";
export const SYSTEMD_UNIT = "mnemo-ingest";

/**
 * The user-level units that run `mnemo ingest --vault VAULT` every few minutes: a systemd service
 * and timer under `~/.config/systemd/user/`, or a launchd agent under `~/Library/LaunchAgents/`.
 */
export function scheduleFiles(req: ScheduleRequest): ScheduleFiles {
  const args = [...req.program, "ingest", "--vault", req.vault, "--wait", "60"];
  if (req.platform === "darwin") {
    const plist = path.join(req.home, "Library", "LaunchAgents", `${LAUNCHD_LABEL}.plist`);
    const log = path.join(req.home, "Library", "Logs", "mnemo-ingest.log");
    const content = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
      '<plist version="1.0">',
      "<dict>",
      `  <key>Label</key><string>${LAUNCHD_LABEL}</string>`,
      "  <key>ProgramArguments</key>",
      "  <array>",
      ...args.map((a) => `    <string>${xml(a)}</string>`),
      "  </array>",
      `  <key>StartInterval</key><integer>${req.everyMinutes * 60}</integer>`,
      "  <key>RunAtLoad</key><true/>",
      `  <key>StandardOutPath</key><string>${xml(log)}</string>`,
      `  <key>StandardErrorPath</key><string>${xml(log)}</string>`,
      "</dict>",
      "</plist>",
      "",
    ].join("\n");
    return {
      files: [{ path: plist, content }],
      enable: [["launchctl", "load", "-w", plist]],
      disable: [["launchctl", "remove", LAUNCHD_LABEL]],
      links: [],
    };
  }
  const dir = path.join(req.home, ".config", "systemd", "user");
  const service = [
    "[Unit]",
    "Description=Mnemo: file new transcripts and emails from the vault's inbox",
    "",
    "[Service]",
    "Type=oneshot",
    `ExecStart=${args.map(systemdQuote).join(" ")}`,
    "",
  ].join("\n");
  const timer = [
    "[Unit]",
    `Description=Run ${SYSTEMD_UNIT}.service every ${req.everyMinutes} minutes`,
    "",
    "[Timer]",
    "OnBootSec=2min",
    `OnUnitActiveSec=${req.everyMinutes}min`,
    "Persistent=true",
    "",
    "[Install]",
    "WantedBy=timers.target",
    "",
  ].join("\n");
  return {
    files: [
      { path: path.join(dir, `${SYSTEMD_UNIT}.service`), content: service },
      { path: path.join(dir, `${SYSTEMD_UNIT}.timer`), content: timer },
    ],
    links: [path.join(dir, "timers.target.wants", `${SYSTEMD_UNIT}.timer`)],
    enable: [["systemctl", "--user", "daemon-reload"], ["systemctl", "--user", "enable", "--now", `${SYSTEMD_UNIT}.timer`]],
    disable: [["systemctl", "--user", "disable", "--now", `${SYSTEMD_UNIT}.timer`], ["systemctl", "--user", "daemon-reload"]],
  };
}

/** An ExecStart word: double-quoted, with `\` and `"` escaped and `%` doubled (systemd specifiers). */
function systemdQuote(arg: string): string {
  const escaped = arg.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/%/g, "%%").replace(/\$/g, "$$$$");
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? escaped : `"${escaped}"`;
}

function xml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
