import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { parse as parseYaml } from "yaml";
import { ingestBatch } from "../../src/pipeline/ingest-batch.ts";
import { recover } from "../../src/vault/journal.ts";
import { loadConfig } from "../../src/vault/load-config.ts";
import { FIXTURES } from "../helpers/fixtures.ts";
import { readTree, tempTree } from "../helpers/temp-dir.ts";
import { runCli } from "../helpers/run-cli.ts";

const BIN = path.resolve(import.meta.dirname, "..", "..", "bin", "mnemo.js");
// Two meetings with the same person (a page created, then updated) and one file that fails.
const INPUTS = ["2025-11-05 pricing.vtt", "2025-11-07 follow-up.srt"];

/** A vault whose inbox holds the three fixture meetings and one empty (failing) file. */
async function freshVault(): Promise<string> {
  const root = await tempTree();
  assert.equal((await runCli(["init", "v", "--owner", "Dana Whitfield"], { cwd: root })).code, 0);
  const vault = path.join(root, "v");
  for (const name of INPUTS) await cp(path.join(FIXTURES, "inbox", name), path.join(vault, "Inbox", name));
  await writeFile(path.join(vault, "Inbox", "empty.txt"), "");
  return vault;
}

/** The vault's content, without Mnemo's own records and the failure time in `.error.txt` reports. */
const content = (tree: Record<string, string>) =>
  Object.fromEntries(Object.entries(tree).filter(([p]) => !p.startsWith(".mnemo/")).map(([p, t]) => [p, t.replace(/^(failed at|original path): .*$/gm, "")]));

async function finishIngest(vault: string): Promise<void> {
  await ingestBatch({ root: vault, config: await loadConfig(vault), inputs: [], dryRun: false });
}

test("SIGKILL at every crash point of a batch: after recovery nothing is lost or half written", async (t) => {
  const reference = await freshVault();
  await finishIngest(reference);
  const expected = content(await readTree(reference));

  // Each kill point runs in its own fresh vault; two at a time, as the machine has two cores.
  const killAt = async (point: number): Promise<boolean> => {
    const vault = await freshVault();
    const run = await new Promise<{ signal: NodeJS.Signals | null; code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, "ingest", "--vault", vault], { env: { ...process.env, MNEMO_CRASH_AT: String(point) } });
      let stderr = "";
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (code, signal) => resolve({ code, signal, stderr }));
    });
    if (run.signal !== "SIGKILL") {
      assert.equal(run.code, 1, `point ${point}: the run ends normally (1: the empty file fails) ${run.stderr}`);
      return false;
    }
    await recover(vault);
    const tree = await readTree(vault);
    const files = Object.keys(tree);
    assert.deepEqual(files.filter((p) => p.includes(".mnemo-tmp")), [], `point ${point}: no temp files`);
    assert.deepEqual(files.filter((p) => p.startsWith(".mnemo/journal/")), [], `point ${point}: journal empty`);
    for (const name of [...INPUTS, "empty.txt"]) {
      const inInbox = `Inbox/${name}` in tree;
      const archived = files.some((p) => p.endsWith(`/${name}`) && (p.startsWith("Sources/") || p.startsWith("Inbox/_failed/")));
      assert.ok(inInbox !== archived, `point ${point}: ${name} is in exactly one place (inbox ${inInbox}, archived ${archived})`);
    }
    for (const [p, text] of Object.entries(tree)) {
      if (!p.startsWith("Meetings/") && !p.startsWith("People/")) continue;
      const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
      assert.ok(fm, `point ${point}: ${p} has frontmatter`);
      assert.ok(parseYaml(fm[1]!), `point ${point}: ${p} frontmatter parses`);
      if (p.startsWith("Meetings/")) {
        assert.ok(text.includes("\n## Key Information\n"), `point ${point}: ${p} is complete`);
        const ref = /^source_ref: (.*)$/m.exec(text)![1]!;
        assert.ok(ref in tree, `point ${point}: ${p}'s source is archived`);
      }
    }
    // Finishing the batch afterwards gives exactly the vault an uninterrupted run gives.
    await finishIngest(vault);
    assert.deepEqual(content(await readTree(vault)), expected, `point ${point}: finishing after recovery matches an uninterrupted run`);
    return true;
  };
  let killed = 0;
  for (let point = 1; point < 200; point += 2) {
    const outcomes = await Promise.all([killAt(point), killAt(point + 1)]);
    killed += outcomes.filter(Boolean).length;
    if (!outcomes.every(Boolean)) break;
  }
  assert.ok(killed >= 15, `the batch has many crash points (${killed})`);
  t.diagnostic(`kill points covered: ${killed}`);
});
