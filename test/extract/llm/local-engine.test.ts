import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { createModelExtractor } from "../../../src/extract/llm/create-model-extractor.ts";
import { Extraction } from "../../../src/extract/extraction.ts";
import { runCli } from "../../helpers/run-cli.ts";
import { readTree, tempTree } from "../../helpers/temp-dir.ts";
import { ctx, doc, engine, TRANSCRIPT } from "./helpers/engines.ts";
import { writeTinyGguf } from "./helpers/write-tiny-gguf.ts";

// A llama-architecture GGUF written by the test itself (random weights, ~100 kB): it proves the
// loading, the context size from the model's metadata and grammar-constrained JSON, not quality.

test("local: a GGUF model loads in-process and its grammar-constrained reply is a valid Extraction", async () => {
  const dir = await tempTree();
  const file = path.join(dir, "tiny.gguf");
  await writeTinyGguf(file, { contextLength: 3584 });
  const x = createModelExtractor({ engine: { ...engine("local", { threads: 1 }, null), model: file }, cacheDir: null, readOnlyCache: false });
  try {
    const result = await x.extract(doc(TRANSCRIPT), ctx);
    assert.ok(Extraction.safeParse(result).success);
    // This model always prefers `"`, then `x`, then closing brackets: the shortest JSON the schema allows.
    assert.equal(result.title, "x");
    assert.match(result.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(result.note_type, "meeting");
    assert.equal(result.entity, null);
    assert.deepEqual([result.tasks, result.participants, result.decisions], [[], [], []]);
    const usage = x.usage();
    assert.equal(usage.calls, 1, "the grammar made the first reply valid: no repair round");
    assert.equal(usage.repairs, 0);
    assert.ok(usage.inputTokens > 1000, "counted with the model's own tokenizer (one token per character here)");
    assert.equal(usage.model, "tiny.gguf");
  } finally {
    await x.close();
  }
});

test("local: context size comes from the GGUF metadata, and a long source is chunked to fit it", async () => {
  const dir = await tempTree();
  const file = path.join(dir, "tiny.gguf");
  await writeTinyGguf(file, { contextLength: 3584 });
  const long = Array.from({ length: 30 }, (_, i) => `${i % 2 ? "Raj Patel" : "Dana Whitfield"}: Point ${i} about the renewal and the pricing sheet for next year.`).join("\n");
  const x = createModelExtractor({ engine: { ...engine("local", { threads: 1 }, null), model: file }, cacheDir: null, readOnlyCache: false });
  try {
    const result = await x.extract(doc(long), ctx);
    assert.equal(result.title, "x");
    assert.ok(x.usage().calls >= 2, `${x.usage().calls} chunks for a ${long.length}-character source in a 3584-token context`);
  } finally {
    await x.close();
  }
  const small = path.join(dir, "small.gguf");
  await writeTinyGguf(small, { contextLength: 1500 });
  const y = createModelExtractor({ engine: { ...engine("local", { threads: 1 }, null), model: small }, cacheDir: null, readOnlyCache: false });
  try {
    await assert.rejects(y.extract(doc(TRANSCRIPT), ctx), /the model's context \(1500 tokens\) is too small for the prompt/);
  } finally {
    await y.close();
  }
});

test("ingest --engine local --model file.gguf files a note", async () => {
  const root = await tempTree({ "drop/2025-11-05 pricing.txt": TRANSCRIPT });
  await writeTinyGguf(path.join(root, "tiny.gguf"), { contextLength: 3584 });
  const init = await runCli(["init", "vault", "--owner", "Dana Whitfield"], { cwd: root });
  assert.equal(init.code, 0, init.stderr);
  const config = path.join(root, "vault/.mnemo/config.yaml");
  await writeFile(config, `${await readFile(config, "utf8")}engine:\n  threads: 1\n`);
  const r = await runCli(["ingest", "drop", "--vault", "vault", "--engine", "local", "--model", "tiny.gguf"], { cwd: root });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Engine local tiny\.gguf: 1 call, /m);
  const tree = await readTree(path.join(root, "vault"));
  const note = Object.keys(tree).find((p) => p.startsWith("Meetings/"));
  assert.ok(note, Object.keys(tree).join(", "));
  assert.match(tree[note]!, /^title: x$/m);
});
