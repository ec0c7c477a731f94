import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readSource, readSourceResult } from "../../src/sources/read-source.ts";
import { SourceError } from "../../src/sources/source-error.ts";

const misbehaving = new URL("../fixtures/sources/misbehaving-parsers.ts", import.meta.url);

async function withFiles(files: Record<string, string>, run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mnemo-isolation-"));
  try {
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const good = "Dana: We ship on Friday.\nRaj: Agreed.\n";

test("a parser that hangs is stopped at the time limit with a one-line reason; the next file still parses", async () => {
  await withFiles({ "stuck.txt": "HANG forever", "next.txt": good }, async (dir) => {
    const options = { parserModules: [misbehaving], timeoutMs: 1500 };
    const started = Date.now();
    const stuck = await readSourceResult(path.join(dir, "stuck.txt"), options);
    assert.ok(Date.now() - started < 20_000);
    assert.equal(stuck.ok, false);
    if (!stuck.ok) {
      assert.equal(stuck.error.code, "timeout");
      assert.equal(stuck.error.message, "parsing took longer than the 1.5 s time limit and was stopped");
    }
    const next = await readSource(path.join(dir, "next.txt"), options);
    assert.deepEqual(next.segments.map((s) => s.speaker), ["Dana", "Raj"]);
  });
});

test("a parser that throws fails that file as 'parser-failed' with the parser's message", async () => {
  await withFiles({ "bad.txt": "THROW up", "next.txt": good }, async (dir) => {
    const options = { parserModules: [misbehaving] };
    await assert.rejects(
      readSource(path.join(dir, "bad.txt"), options),
      (e: unknown) =>
        e instanceof SourceError &&
        e.code === "parser-failed" &&
        e.message === "the test-throw parser failed: cannot read properties of undefined (reading 'speaker')",
    );
    assert.equal((await readSource(path.join(dir, "next.txt"), options)).format, "speaker-lines");
  });
});

test("a parser that runs out of memory fails that file as 'out-of-memory', not the process", async () => {
  await withFiles({ "hog.txt": "HOG everything", "next.txt": good }, async (dir) => {
    const options = { parserModules: [misbehaving], maxMemoryMb: 96, timeoutMs: 60_000 };
    await assert.rejects(
      readSource(path.join(dir, "hog.txt"), options),
      (e: unknown) => e instanceof SourceError && e.code === "out-of-memory" && /96 MB memory limit/.test(e.message),
    );
    assert.equal((await readSource(path.join(dir, "next.txt"), options)).segments.length, 2);
  });
});

test("a file over the size limit fails as 'too-large' before it is read", async () => {
  await withFiles({ "big.txt": good.repeat(100), "next.txt": good }, async (dir) => {
    await assert.rejects(
      readSource(path.join(dir, "big.txt"), { maxBytes: 1024 }),
      (e: unknown) => e instanceof SourceError && e.code === "too-large" && e.message === "file is 4 KB, over the 1 KB size limit",
    );
    assert.equal((await readSource(path.join(dir, "next.txt"), { maxBytes: 1024 })).segments.length, 2);
  });
});
