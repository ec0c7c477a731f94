import assert from "node:assert/strict";
import { appendFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Writable } from "node:stream";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { watchCommand } from "../../src/cli/commands/watch.ts";
import { isIgnoredName } from "../../src/watch/is-ignored-name.ts";
import { readTree, tempTree } from "../helpers/temp-dir.ts";
import { runCli } from "../helpers/run-cli.ts";

class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString("utf8");
    done();
  }
}

const PARTS = [
  "WEBVTT\n\n00:00:01.000 --> 00:00:06.000\n<v Dana Whitfield>Thanks for joining. Raj, can you send the pricing sheet by Friday?</v>\n\n",
  "00:00:06.500 --> 00:00:12.000\n<v Raj Patel>Sure, I'll send the pricing sheet by Friday. The renewal is worth 120 thousand dollars.</v>\n\n",
  "00:00:12.500 --> 00:00:18.000\n<v Raj Patel>We agreed to go with option B for the renewal.</v>\n",
];

async function startWatch(settle = 400) {
  const root = await tempTree();
  assert.equal((await runCli(["init", "vault", "--owner", "Dana Whitfield"], { cwd: root })).code, 0);
  const vault = path.join(root, "vault");
  const stdout = new Capture();
  const stderr = new Capture();
  const controller = new AbortController();
  const running = watchCommand({ vault, settle: String(settle), poll: "40" }, { stdout, stderr, cwd: root, env: {} }, controller.signal);
  const stop = async () => {
    controller.abort();
    assert.equal(await running, 0);
  };
  return { vault, stdout, stderr, stop };
}

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await sleep(20);
  }
}

test("a file written slowly in parts is ingested once, after its last part", async () => {
  const w = await startWatch(400);
  try {
    const file = path.join(w.vault, "Inbox/2025-11-05 pricing.vtt");
    await writeFile(file, PARTS[0]!);
    for (const part of PARTS.slice(1)) {
      await sleep(200); // shorter than the settle time: the file is still growing
      assert.ok(!/created/.test(w.stdout.text), "nothing is ingested while the file grows");
      await appendFile(file, part);
    }
    await until(() => /created/.test(w.stdout.text));
    await sleep(500); // room for a second (wrong) ingest
  } finally {
    await w.stop();
  }
  const lines = w.stdout.text.trim().split("\n");
  assert.equal(lines.length, 1, w.stdout.text);
  assert.match(lines[0]!, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z created Meetings\/2025\/2025-11-05 - .*\.md ← 2025-11-05 pricing\.vtt$/);
  const tree = await readTree(w.vault);
  const notes = Object.keys(tree).filter((p) => p.startsWith("Meetings/2025/"));
  assert.equal(notes.length, 1);
  assert.match(tree[notes[0]!]!, /option B/, "the note holds the last part");
  assert.equal(tree["Sources/Transcripts/2025/2025-11-05 pricing.vtt"], PARTS.join(""), "the archived source is the whole file");
  assert.deepEqual(await readdir(path.join(w.vault, "Inbox")), []);
  assert.equal((await readdir(path.join(w.vault, ".mnemo/runs"))).length, 1, "a run record, so undo works");
});

test("watching goes on past a bad file, and placeholders and partial downloads are never ingested", async () => {
  const w = await startWatch(150);
  try {
    const inbox = path.join(w.vault, "Inbox");
    await writeFile(path.join(inbox, "junk.vtt"), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 254, 0, 0]));
    await writeFile(path.join(inbox, ".2025-11-06 launch.txt.icloud"), "placeholder");
    await writeFile(path.join(inbox, "2025-11-06 launch.txt.part"), "Dana Whitfield: half a download");
    await writeFile(path.join(inbox, "~$report.docx"), "lock");
    await until(() => /failed junk\.vtt/.test(w.stdout.text));
    await writeFile(path.join(inbox, "2025-11-05 pricing.vtt"), PARTS.join(""));
    await until(() => /created/.test(w.stdout.text));
    await sleep(300);
  } finally {
    await w.stop();
  }
  const lines = w.stdout.text.trim().split("\n");
  assert.equal(lines.length, 2, w.stdout.text);
  assert.match(lines[0]!, / failed junk\.vtt: .*\(set aside in Inbox\/_failed\/junk\.vtt\)$/);
  assert.match(lines[1]!, / created Meetings\/2025\//);
  const left = (await readdir(path.join(w.vault, "Inbox"))).sort();
  assert.deepEqual(left, [".2025-11-06 launch.txt.icloud", "2025-11-06 launch.txt.part", "_failed", "~$report.docx"]);
});

test("ignored names", () => {
  for (const name of [".DS_Store", "notes.vtt.icloud", "a.tmp", "~$Budget.docx", "movie.mp4.crdownload", "x.part", "draft.txt~", "_failed"]) {
    assert.ok(isIgnoredName(name), name);
  }
  for (const name of ["2025-11-05 pricing.vtt", "thread.eml", "notes.md", "call.m4a"]) assert.ok(!isIgnoredName(name), name);
});
