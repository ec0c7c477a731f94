import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { withVoiceSettings } from "../../src/sources/voice/voice-settings.ts";
import { runCli } from "../helpers/run-cli.ts";
import { readTree, tempTree } from "../helpers/temp-dir.ts";

test("voice settings from the config fill the transcriber's variables; a variable that is set wins", () => {
  const env = withVoiceSettings({ PATH: "/bin", MNEMO_TRANSCRIBE_MODEL: "from-env" }, { transcriber: "whisper-cpp", whisper_model: "models/ggml-base.en.bin", model: "from-config" }, "/vaults/work");
  assert.equal(env.MNEMO_TRANSCRIBER, "whisper-cpp");
  assert.equal(env.MNEMO_WHISPER_MODEL, "/vaults/work/models/ggml-base.en.bin", "relative paths are the vault's");
  assert.equal(env.MNEMO_TRANSCRIBE_MODEL, "from-env");
  assert.equal(env.PATH, "/bin");
  assert.deepEqual(withVoiceSettings({ PATH: "/bin" }, undefined, "/v"), { PATH: "/bin" });
});

test("ingest transcribes with the endpoint named in .mnemo/config.yaml, no environment needed", async (t) => {
  const bodies: Buffer[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      bodies.push(Buffer.concat(chunks));
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ text: "x", segments: [{ id: 0, start: 0, end: 3, text: " Remember to renew the Harbor lease by Friday." }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  t.after(() => new Promise((resolve) => server.close(resolve)));
  const { port } = server.address() as AddressInfo;

  const root = await tempTree();
  assert.equal((await runCli(["init", "vault", "--owner", "Dana Whitfield"], { cwd: root })).code, 0);
  const v = path.join(root, "vault");
  const config = path.join(v, ".mnemo/config.yaml");
  await writeFile(config, `${await readFile(config, "utf8")}voice:\n  transcriber: openai\n  url: http://127.0.0.1:${port}/v1\n  model: whisper-test\n`);
  await mkdir(path.join(v, "Inbox"), { recursive: true });
  await writeFile(path.join(v, "Inbox/2025-06-02 lease idea.m4a"), Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from("ftypM4A "), Buffer.alloc(64, 7)]));

  const r = await runCli(["ingest"], { cwd: v, env: {} });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(bodies.length, 1);
  assert.match(bodies[0]!.toString("latin1"), /name="model"\r\n\r\nwhisper-test\r\n/);
  const note = Object.entries(await readTree(v)).find(([p]) => p.endsWith(".md") && p.includes("lease idea") && !p.startsWith("Sources/"));
  assert.ok(note, Object.keys(await readTree(v)).join(", "));
});
