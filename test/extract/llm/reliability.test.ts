import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { createModelExtractor } from "../../../src/extract/llm/create-model-extractor.ts";
import { extractWithRules } from "../../../src/extract/extract-with-rules.ts";
import { tempTree } from "../../helpers/temp-dir.ts";
import { apiError, apiServer, chatCompletion } from "./helpers/api-server.ts";
import { ctx, doc, engine, noSleep, TRANSCRIPT, validExtraction } from "./helpers/engines.ts";

const compatible = (url: string, over: Record<string, unknown> = {}) => engine("openai-compatible", { base_url: url, ...over });

test("an invalid reply gets one repair round carrying the validation errors", async (t) => {
  const server = await apiServer([{ body: chatCompletion({ ...validExtraction(), date: "Nov 5" }) }, { body: chatCompletion(validExtraction()) }]);
  t.after(server.close);
  const x = createModelExtractor({ engine: compatible(server.url), cacheDir: null, readOnlyCache: false });
  assert.deepEqual(await x.extract(doc(TRANSCRIPT), ctx), validExtraction());
  assert.equal(server.requests.length, 2);
  const repair = server.requests[1]!.body.messages;
  assert.deepEqual(repair.map((m: any) => m.role), ["system", "user", "assistant", "user"]);
  assert.match(repair[2].content, /"date":"Nov 5"/);
  assert.match(repair[3].content, /rejected: the reply does not match the schema: date: /);
  assert.equal(x.usage().repairs, 1);
  assert.equal(x.usage().calls, 2);
});

test("a second bad reply fails the source with one line naming file, engine and reason", async (t) => {
  const server = await apiServer([{ body: chatCompletion("Sure! Here are the notes: {") }]);
  t.after(server.close);
  const x = createModelExtractor({ engine: compatible(server.url), cacheDir: null, readOnlyCache: false });
  await assert.rejects(x.extract(doc(TRANSCRIPT), ctx), (e: Error) => {
    assert.equal(e.message.split("\n").length, 1);
    assert.match(e.message, /^2025-11-05 pricing\.txt: engine openai-compatible \(m\) failed: no valid extraction after a repair round: the reply is not valid JSON/);
    return true;
  });
  assert.equal(server.requests.length, 2, "exactly one repair round");
  assert.equal(x.usage().failed, 1);
});

test("with fallback: rules, a failing model gives the built-in engine's extraction", async (t) => {
  const server = await apiServer([{ body: chatCompletion("[]") }]);
  t.after(server.close);
  const warnings: string[] = [];
  const x = createModelExtractor({ engine: compatible(server.url, { fallback: "rules" }), cacheDir: null, readOnlyCache: false, warn: (m) => warnings.push(m) });
  const d = doc(TRANSCRIPT);
  assert.deepEqual(await x.extract(d, ctx), extractWithRules(d, ctx));
  assert.equal(x.usage().fallbacks, 1);
  assert.match(warnings.at(-1)!, /engine openai-compatible \(m\) failed: .*; used the built-in engine instead$/);
});

test("429 with retry-after is retried after the time the server asks for", async (t) => {
  const server = await apiServer([apiError(429, "slow down", { "retry-after": "2" }), apiError(503, "busy"), { body: chatCompletion(validExtraction()) }]);
  t.after(server.close);
  const slept: number[] = [];
  const x = createModelExtractor({ engine: compatible(server.url), cacheDir: null, readOnlyCache: false, sleep: async (ms) => void slept.push(ms) });
  assert.deepEqual(await x.extract(doc(TRANSCRIPT), ctx), validExtraction());
  assert.equal(server.requests.length, 3);
  assert.equal(slept[0], 2000);
  assert.ok(slept[1]! >= 2000 && slept[1]! <= 2500, "second backoff doubles from one second");
  assert.equal(x.usage().retries, 2);
  assert.equal(x.usage().calls, 1, "failed attempts are not billed calls");
});

test("retries are bounded: three, then the source fails; a 400 is not retried", async (t) => {
  const server = await apiServer([apiError(500, "boom")]);
  t.after(server.close);
  const x = createModelExtractor({ engine: compatible(server.url), cacheDir: null, readOnlyCache: false, sleep: noSleep });
  await assert.rejects(x.extract(doc(TRANSCRIPT), ctx), /failed: .*500/);
  assert.equal(server.requests.length, 4);
  const bad = await apiServer([apiError(400, "bad schema")]);
  t.after(bad.close);
  const y = createModelExtractor({ engine: compatible(bad.url), cacheDir: null, readOnlyCache: false, sleep: noSleep });
  await assert.rejects(y.extract(doc(TRANSCRIPT), ctx), /failed: .*400/);
  assert.equal(bad.requests.length, 1);
});

test("a slow reply times out per call, and is retried", async (t) => {
  const server = await apiServer((_req, i) => (i === 0 ? { body: chatCompletion(validExtraction()), delayMs: 3000 } : { body: chatCompletion(validExtraction()) }));
  t.after(server.close);
  const x = createModelExtractor({ engine: compatible(server.url, { timeout_seconds: 0.2 }), cacheDir: null, readOnlyCache: false, sleep: noSleep });
  const started = Date.now();
  assert.deepEqual(await x.extract(doc(TRANSCRIPT), ctx), validExtraction());
  assert.ok(Date.now() - started < 2500, "did not wait for the slow reply");
  assert.equal(server.requests.length, 2);
  const stuck = await apiServer([{ body: chatCompletion(validExtraction()), delayMs: 3000 }]);
  t.after(stuck.close);
  const y = createModelExtractor({ engine: compatible(stuck.url, { timeout_seconds: 0.1, max_retries: 1 }), cacheDir: null, readOnlyCache: false, sleep: noSleep });
  await assert.rejects(y.extract(doc(TRANSCRIPT), ctx), /failed: the call timed out/);
});

test("keys never appear in errors, even when the server echoes them", async (t) => {
  const key = "sk-test-SECRET-1234";
  const server = await apiServer([apiError(401, `Incorrect API key provided: ${key}. Also sk-proj-abc123456789.`)]);
  t.after(server.close);
  const x = createModelExtractor({ engine: engine("openai", { base_url: server.url }, key), cacheDir: null, readOnlyCache: false, sleep: noSleep });
  const error = await x.extract(doc(TRANSCRIPT), ctx).then(
    () => null,
    (e: Error) => e,
  );
  assert.ok(error);
  assert.match(error.message, /401/);
  assert.ok(!error.message.includes("SECRET") && !error.message.includes("abc123456789"), error.message);
});

test("the cache makes a re-run free; a read-only cache (dry run) writes nothing", async (t) => {
  const server = await apiServer([{ body: chatCompletion(validExtraction()) }]);
  t.after(server.close);
  const root = await tempTree();
  const cacheDir = path.join(root, ".mnemo/cache/llm");
  const dry = createModelExtractor({ engine: compatible(server.url), cacheDir, readOnlyCache: true });
  await dry.extract(doc(TRANSCRIPT), ctx);
  await assert.rejects(readdir(cacheDir), /ENOENT/, "a dry run writes no cache");
  const first = createModelExtractor({ engine: compatible(server.url), cacheDir, readOnlyCache: false });
  await first.extract(doc(TRANSCRIPT), ctx);
  assert.equal(server.requests.length, 2);
  const again = createModelExtractor({ engine: compatible(server.url), cacheDir, readOnlyCache: true });
  assert.deepEqual(await again.extract(doc(TRANSCRIPT), ctx), validExtraction());
  assert.equal(server.requests.length, 2, "served from the cache");
  assert.deepEqual([again.usage().calls, again.usage().cacheHits, again.usage().inputTokens], [0, 1, 0]);
  const otherModel = createModelExtractor({ engine: compatible(server.url, { model: "other" }), cacheDir, readOnlyCache: false });
  await otherModel.extract(doc(TRANSCRIPT), ctx);
  assert.equal(server.requests.length, 3, "the model is part of the key");
  const otherSource = createModelExtractor({ engine: compatible(server.url), cacheDir, readOnlyCache: false });
  await otherSource.extract(doc(`${TRANSCRIPT}Raj Patel: One more thing.\n`), ctx);
  assert.equal(server.requests.length, 4, "the source hash is part of the key");
});

test("a source longer than the context is split on turns, extracted per chunk and merged", async (t) => {
  const turns: string[] = [];
  for (let i = 0; i < 120; i++) turns.push(`${i % 2 ? "Raj Patel" : "Dana Whitfield"}: Item ${i} of the agenda is about the ${"renewal pricing ".repeat(6)}plan.`);
  const server = await apiServer((req, i) => {
    const user: string = req.body.messages[1].content;
    const items = [...user.matchAll(/Item (\d+) of/g)].map((m) => Number(m[1]));
    return {
      body: chatCompletion(
        validExtraction({
          title: `Chunk ${i}`,
          summary: `Items ${items[0]}-${items.at(-1)}.`,
          tasks: [
            { text: "Send the pricing sheet", owner: i === 0 ? null : "Raj Patel", due: null, priority: null },
            { text: `Follow up on item ${items[0]}`, owner: null, due: null, priority: null },
          ],
        }),
      ),
    };
  });
  t.after(server.close);
  const x = createModelExtractor({ engine: compatible(server.url, { context_tokens: 2500, max_output_tokens: 500 }), cacheDir: null, readOnlyCache: false });
  const result = await x.extract(doc(turns.join("\n")), ctx);
  const n = server.requests.length;
  assert.ok(n >= 2, `split into ${n} calls`);
  const seen: number[] = [];
  for (const [i, req] of server.requests.entries()) {
    const user: string = req.body.messages[1].content;
    assert.match(user, new RegExp(`Part ${i + 1} of ${n} of a long source`));
    const body = user.slice(user.indexOf("<source>"));
    for (const line of body.split("\n").slice(1, -1).filter(Boolean)) assert.match(line, /^(Raj Patel|Dana Whitfield): Item \d+ .* plan\.$/, "whole turns only");
    seen.push(...[...user.matchAll(/Item (\d+) of/g)].map((m) => Number(m[1])));
  }
  assert.deepEqual(seen, turns.map((_, i) => i), "every turn sent once, in order");
  assert.equal(result.title, "Chunk 0");
  assert.equal(result.tasks.filter((t) => t.text === "Send the pricing sheet").length, 1);
  assert.equal(result.tasks[0]!.owner, "Raj Patel");
  assert.equal(result.tasks.length, 1 + n);
  assert.equal(x.usage().calls, n);
});
