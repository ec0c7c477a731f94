import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { test } from "node:test";
import { main } from "../../src/cli/main.ts";
import { tempTree } from "../helpers/temp-dir.ts";

class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString("utf8");
    done();
  }
}

/** Runs `mnemo review` in-process, typing `keys` (one answer per line) on its stdin. */
async function review(root: string, keys: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = Readable.from(keys.map((k) => `${k}\n`));
  const code = await main(["review", "--vault", root], { stdout, stderr, cwd: root, env: { MNEMO_TODAY: "2025-11-05" }, stdin });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const NOTE = "Meetings/pricing.md";
const lines = [
  "# Pricing",
  "",
  "- [?] Send the deck @Raj Patel 📅 2025-11-08 ⏫ #task #proposed #auto",
  "- [?] Book the venue @Myself 📅 2025-11-06 #task #proposed #auto",
  "- [ ] Already accepted #task",
  "- [?] Check the budget @Myself #task #proposed #auto",
  "- [?] Email the team @Myself 📅 2025-11-07 #task #proposed #auto",
];
const vault = () => tempTree({ ".mnemo/config.yaml": "owner:\n  name: Dana Whitfield\n", [NOTE]: lines.join("\n") + "\n" });
const read = async (root: string) => (await readFile(path.join(root, NOTE), "utf8")).split("\n");

test("review walks the proposals soonest first; a, e, r, s act on each, keys are shown on screen", async () => {
  const root = await vault();
  const r = await review(root, ["z", "a", "e", "Email the whole team", "", "2025-13-01", "2025-11-20", "low", "a", "r", "s"]);
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout;
  assert.match(out, /^4 proposed tasks to review\. Keys: a accept, r reject, e edit, s skip, q quit\.\n/);
  assert.ok(out.includes("\nTask 1 of 4: Book the venue\n  owner: Myself; due: 2025-11-06; priority: none\n  in Meetings/pricing.md, line 4; id mnemo-"));
  assert.ok(out.includes("a accept, r reject, e edit, s skip, q quit: z\nUnknown key \"z\"."));
  assert.ok(out.includes("quit: a\nAccepted.\n"));
  assert.ok(out.includes("\nTask 2 of 4: Email the team\n"));
  assert.ok(out.includes('  due date, YYYY-MM-DD [2025-11-07]: 2025-13-01\n  "2025-13-01" is not a date like 2025-11-08.\n'));
  assert.ok(out.includes("Edited; still proposed."));
  assert.ok(out.includes("\nTask 2 of 4: Email the whole team\n  owner: Myself; due: 2025-11-20; priority: low\n"), "the edited task is shown again");
  assert.ok(out.endsWith("Reviewed: 2 accepted, 1 rejected, 1 edited, 1 skipped; 0 not reviewed.\n"));
  assert.ok(!/\x1b|\r/.test(out), "plain lines: no escape codes, no carriage returns");
  const now = await read(root);
  assert.match(now[3]!, /^- \[ \] Book the venue @Myself 📅 2025-11-06 #task #auto \^mnemo-[0-9a-z]{6}$/);
  assert.match(now[6]!, /^- \[ \] Email the whole team @Myself 📅 2025-11-20 🔽 #task #auto \^mnemo-[0-9a-z]{6}$/);
  assert.match(now[2]!, /^- \[-\] Send the deck @Raj Patel 📅 2025-11-08 ⏫ ❌ 2025-11-05 #task #proposed #auto \^mnemo-[0-9a-z]{6}$/);
  assert.equal(now[5], lines[5], "skipped: unchanged");
  assert.equal(now[4], lines[4]);
});

test("q stops at once; what was decided stays, the rest is untouched", async () => {
  const root = await vault();
  const r = await review(root, ["r", "q"]);
  assert.equal(r.code, 0);
  assert.ok(r.stdout.endsWith("Reviewed: 0 accepted, 1 rejected, 0 edited, 0 skipped; 3 not reviewed.\n"));
  const now = await read(root);
  assert.match(now[3]!, /^- \[-\] Book the venue/);
  assert.deepEqual([now[2], now[5], now[6]], [lines[2], lines[5], lines[6]]);
});

test("the end of input ends the review like q; no proposals, nothing to ask", async () => {
  const root = await vault();
  const r = await review(root, []);
  assert.match(r.stdout, /4 not reviewed\.\n$/);
  assert.deepEqual(await read(root), [...lines, ""]);
  const empty = await tempTree({ ".mnemo/config.yaml": "owner:\n  name: Dana\n", "a.md": "- [ ] open\n" });
  assert.equal((await review(empty, ["a"])).stdout, "No proposed tasks to review.\n");
});
