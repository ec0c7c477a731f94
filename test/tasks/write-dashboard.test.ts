import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { updateDashboardText, writeDashboard, DASHBOARD_END } from "../../src/tasks/write-dashboard.ts";
import { scanTaskLines } from "../../src/tasks/scan-task-lines.ts";
import { config } from "../helpers/builders.ts";
import { tempTree } from "../helpers/temp-dir.ts";

test("TASKS.md holds Obsidian Tasks query blocks for the four views", async () => {
  const root = await tempTree({});
  assert.deepEqual(await writeDashboard(root, config), { file: "TASKS.md", changed: true });
  const text = await readFile(path.join(root, "TASKS.md"), "utf8");
  const blocks = [...text.matchAll(/^```tasks\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  assert.equal(blocks.length, 4);
  for (const h of ["## Proposed", "## Mine due this week", "## Overdue", "## Waiting on others"]) assert.ok(text.includes(h), h);
  assert.match(blocks[0]!, /^tags include #proposed$/m);
  assert.match(blocks[1]!, /^due this week$/m);
  assert.match(blocks[1]!, /^description includes @Myself$/m);
  assert.match(blocks[2]!, /^due before today$/m);
  assert.match(blocks[3]!, /^description does not include @Myself$/m);
  for (const b of blocks) assert.match(b, /^not done$/m);
  assert.equal(scanTaskLines(text).length, 0, "the dashboard has no task lines of its own");
  assert.deepEqual(await writeDashboard(root, config), { file: "TASKS.md", changed: false }, "a second run changes nothing");
});

test("only the part between the markers is regenerated; the user's text around it is kept", async () => {
  const root = await tempTree({});
  await writeDashboard(root, config);
  const file = path.join(root, "TASKS.md");
  const generated = await readFile(file, "utf8");
  const mine = `My own intro\r\n\r\n${generated.replace("## Proposed", "## Stale heading")}\r\nMy notes after.\r\n- [ ] my own task\r\n`;
  await writeFile(file, mine);
  await writeDashboard(root, config);
  const after = await readFile(file, "utf8");
  assert.ok(after.startsWith("My own intro\r\n\r\n# Tasks\n\n"));
  assert.ok(after.endsWith(`${DASHBOARD_END}\n\r\nMy notes after.\r\n- [ ] my own task\r\n`));
  assert.ok(after.includes("## Proposed") && !after.includes("Stale heading"));
});

test("a TASKS.md without markers gets the block appended, nothing else changed", () => {
  const out = updateDashboardText("# My tasks\n\nHand-written.", config);
  assert.ok(out.startsWith("# My tasks\n\nHand-written.\n\n<!-- mnemo:tasks:start"));
  assert.ok(out.endsWith(`${DASHBOARD_END}\n`));
});
