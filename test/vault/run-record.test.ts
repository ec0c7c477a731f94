import assert from "node:assert/strict";
import { test } from "node:test";
import { readRunRecords, writeRunRecord, type RunRecord } from "../../src/vault/run-record.ts";
import { tempTree } from "../helpers/temp-dir.ts";

const run = (id: string, startedAt: string): RunRecord => ({
  version: 1,
  id,
  command: "ingest",
  engine: "rules",
  startedAt,
  finishedAt: startedAt,
  inputs: [],
  results: [],
  changes: [],
  archives: [],
  setAside: [],
  undoneAt: null,
});

test("runs read back in the order they happened, even two in the same second whose random id tails sort the other way", async () => {
  const root = await tempTree();
  await writeRunRecord(root, run("20251126T010203Z-ffff", "2025-11-26T01:02:03.100Z"));
  await writeRunRecord(root, run("20251126T010203Z-0000", "2025-11-26T01:02:03.900Z"));
  await writeRunRecord(root, run("20251126T010159Z-aaaa", "2025-11-26T01:01:59.000Z"));
  assert.deepEqual((await readRunRecords(root)).map((r) => r.id), ["20251126T010159Z-aaaa", "20251126T010203Z-ffff", "20251126T010203Z-0000"]);
});
