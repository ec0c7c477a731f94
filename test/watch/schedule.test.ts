import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { tempTree } from "../helpers/temp-dir.ts";
import { runCli } from "../helpers/run-cli.ts";

async function setup() {
  const root = await tempTree();
  assert.equal((await runCli(["init", "my vault", "--owner", "Dana Whitfield"], { cwd: root })).code, 0);
  return { root, vault: path.join(root, "my vault"), home: path.join(root, "home") };
}

test("schedule install writes a user systemd service and timer into HOME, prints how to enable it; uninstall removes them", async () => {
  const { vault, home } = await setup();
  const r = await runCli(["schedule", "install", "--vault", vault, "--every", "10", "--platform", "linux"], { cwd: vault, env: { HOME: home } });
  assert.equal(r.code, 0, r.stderr);
  const dir = path.join(home, ".config/systemd/user");
  const service = await readFile(path.join(dir, "mnemo-ingest.service"), "utf8");
  const timer = await readFile(path.join(dir, "mnemo-ingest.timer"), "utf8");
  assert.match(service, /^Type=oneshot$/m);
  const exec = /^ExecStart=(.*)$/m.exec(service)![1]!;
  assert.ok(exec.startsWith(`${process.execPath} `), exec);
  assert.match(exec, /bin\/mnemo\.js ingest --vault "[^"]*\/my vault" --wait 60$/, "a path with a space is quoted");
  assert.match(timer, /^OnUnitActiveSec=10min$/m);
  assert.match(timer, /^Persistent=true$/m);
  assert.match(timer, /^WantedBy=timers\.target$/m);
  assert.match(r.stdout, /Turn it on with: systemctl --user daemon-reload && systemctl --user enable --now mnemo-ingest\.timer/);

  const u = await runCli(["schedule", "uninstall", "--platform", "linux"], { cwd: vault, env: { HOME: home } });
  assert.equal(u.code, 0, u.stderr);
  assert.ok(!existsSync(path.join(dir, "mnemo-ingest.service")) && !existsSync(path.join(dir, "mnemo-ingest.timer")));
  assert.match(u.stdout, /removed .*mnemo-ingest\.timer/);
});

test("on macOS it is a launchd agent plist with the program's arguments, escaped", async () => {
  const { vault, home } = await setup();
  const r = await runCli(["schedule", "install", "--platform", "darwin"], { cwd: vault, env: { HOME: home } });
  assert.equal(r.code, 0, r.stderr);
  const plist = await readFile(path.join(home, "Library/LaunchAgents/com.mnemo.ingest.plist"), "utf8");
  assert.match(plist, /<key>Label<\/key><string>com\.mnemo\.ingest<\/string>/);
  assert.match(plist, /<key>StartInterval<\/key><integer>900<\/integer>/);
  assert.match(plist, new RegExp(`<string>${vault.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</string>`));
  assert.match(plist, /<string>ingest<\/string>/);
  assert.match(r.stdout, /launchctl load -w /);
  assert.equal((await runCli(["schedule", "uninstall", "--platform", "darwin"], { cwd: vault, env: { HOME: home } })).code, 0);
  assert.ok(!existsSync(path.join(home, "Library/LaunchAgents/com.mnemo.ingest.plist")));
});

test("an unsupported platform or a bad interval is refused", async () => {
  const { vault, home } = await setup();
  assert.equal((await runCli(["schedule", "install", "--platform", "win32"], { cwd: vault, env: { HOME: home } })).code, 2);
  assert.equal((await runCli(["schedule", "install", "--every", "0", "--platform", "linux"], { cwd: vault, env: { HOME: home } })).code, 2);
});
