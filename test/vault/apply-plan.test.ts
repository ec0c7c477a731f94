import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import type { ChangePlan } from "../../src/plan/change-plan.ts";
import { sha256 } from "../../src/shared/sha256.ts";
import { applyPlan, StalePlanError } from "../../src/vault/apply-plan.ts";
import { readTree, tempTree } from "../helpers/temp-dir.ts";

function plan(root: string, ops: ChangePlan["ops"]): ChangePlan {
  return { version: 1, source: { fileName: "a.vtt", contentHash: sha256("SRC") }, outcome: "ingest", note: "Meetings/n.md", conflicts: [], ops };
}
const archive = (root: string, mode: "move" | "copy" = "move") =>
  ({ kind: "archive-source", from: path.join(root, "Inbox/a.vtt"), to: "Sources/T/a.vtt", mode, contentHash: sha256("SRC") }) as const;

test("creates, updates and archives, and leaves no temp files", async () => {
  const root = await tempTree({ "Inbox/a.vtt": "SRC", "People/Raj.md": "old" });
  const result = await applyPlan(
    root,
    plan(root, [
      { kind: "create-file", path: "Meetings/n.md", content: "note" },
      { kind: "update-file", path: "People/Raj.md", before: sha256("old"), content: "new" },
      archive(root),
    ]),
  );
  assert.deepEqual(
    result.files.map((f) => [f.path, f.prior === null ? null : Buffer.from(f.prior, "base64").toString()]),
    [["Meetings/n.md", null], ["People/Raj.md", "old"]],
  );
  assert.deepEqual(result.archives.map((a) => a.to), ["Sources/T/a.vtt"]);
  assert.deepEqual(await readTree(root), { "Meetings/n.md": "note", "People/Raj.md": "new", "Sources/T/a.vtt": "SRC" });
});

test("copy mode archives a file from outside the inbox and leaves the original", async () => {
  const root = await tempTree({ "Inbox/a.vtt": "SRC" });
  await applyPlan(root, plan(root, [archive(root, "copy")]));
  assert.deepEqual(await readTree(root), { "Inbox/a.vtt": "SRC", "Sources/T/a.vtt": "SRC" });
});

test("a page edited since planning stops the whole plan before any write", async () => {
  const root = await tempTree({ "Inbox/a.vtt": "SRC", "People/Raj.md": "edited by the user" });
  const before = await readTree(root);
  await assert.rejects(
    applyPlan(
      root,
      plan(root, [
        { kind: "create-file", path: "Meetings/n.md", content: "note" },
        { kind: "update-file", path: "People/Raj.md", before: sha256("old"), content: "new" },
        archive(root),
      ]),
    ),
    StalePlanError,
  );
  assert.deepEqual(await readTree(root), before);
});

test("an existing file is never overwritten by a create", async () => {
  const root = await tempTree({ "Meetings/n.md": "mine" });
  await assert.rejects(applyPlan(root, plan(root, [{ kind: "create-file", path: "Meetings/n.md", content: "note" }])), /appeared since planning/);
  assert.deepEqual(await readTree(root), { "Meetings/n.md": "mine" });
});

test("a failure midway rolls back the files already written", async () => {
  const root = await tempTree({ "Inbox/a.vtt": "SRC", "People/Raj.md": "old" });
  // Make the archive step fail after the note and page are written: its folder is a file.
  await mkdir(path.join(root, "Sources"), { recursive: true });
  await writeFile(path.join(root, "Sources/T"), "a file where a folder should be");
  const before = await readTree(root);
  await assert.rejects(
    applyPlan(
      root,
      plan(root, [
        { kind: "create-file", path: "Meetings/n.md", content: "note" },
        { kind: "update-file", path: "People/Raj.md", before: sha256("old"), content: "new" },
        archive(root),
      ]),
    ),
  );
  assert.deepEqual(await readTree(root), before);
});
