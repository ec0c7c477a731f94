import assert from "node:assert/strict";
import { test } from "node:test";
import { createModelClient } from "../../../src/extract/llm/create-model-client.ts";
import { createModelExtractor } from "../../../src/extract/llm/create-model-extractor.ts";
import { anthropicMessage, apiServer, chatCompletion } from "./helpers/api-server.ts";
import { ctx, doc, engine, noSleep, TRANSCRIPT, validExtraction } from "./helpers/engines.ts";

const KEY = "sk-test-SECRET-1234";

test("openai: Chat Completions with a strict json_schema, store false, the key as a bearer token", async (t) => {
  const server = await apiServer([{ body: chatCompletion(validExtraction(), { prompt_tokens: 1200, completion_tokens: 300 }) }]);
  t.after(server.close);
  const x = createModelExtractor({
    engine: engine("openai", { model: "gpt-4o-mini", base_url: `${server.url}/v1`, prices: { "gpt-4o-mini": { input: 0.15, output: 0.6 } } }),
    cacheDir: null,
    readOnlyCache: false,
    sleep: noSleep,
  });
  const result = await x.extract(doc(TRANSCRIPT), ctx);
  assert.deepEqual(result, validExtraction());
  assert.equal(server.requests.length, 1);
  const [req] = server.requests;
  assert.equal(req!.method, "POST");
  assert.equal(req!.url, "/v1/chat/completions");
  assert.equal(req!.headers.authorization, `Bearer ${KEY}`);
  const body = req!.body;
  assert.equal(body.model, "gpt-4o-mini");
  assert.equal(body.store, false);
  assert.equal(body.stream, false);
  assert.equal(body.max_completion_tokens, 4096);
  assert.equal(body.max_tokens, undefined);
  assert.equal(body.response_format.type, "json_schema");
  assert.equal(body.response_format.json_schema.strict, true);
  assert.equal(body.response_format.json_schema.schema.additionalProperties, false);
  assert.deepEqual(body.messages.map((m: any) => m.role), ["system", "user"]);
  assert.match(body.messages[0].content, /untrusted data/);
  assert.match(body.messages[1].content, /<source>\nDana Whitfield: Thanks for joining/);
  const usage = x.usage();
  assert.deepEqual([usage.calls, usage.inputTokens, usage.outputTokens], [1, 1200, 300]);
  assert.ok(Math.abs(usage.estimatedCost! - (1200 * 0.15 + 300 * 0.6) / 1e6) < 1e-12);
});

test("azure-openai: the deployment in the path, api-version in the query, the key in api-key", async (t) => {
  const server = await apiServer([{ body: chatCompletion(validExtraction()) }]);
  t.after(server.close);
  const x = createModelExtractor({
    engine: engine("azure-openai", { model: "gpt-4o", deployment: "notes-prod", base_url: server.url, api_version: "2024-10-21" }),
    cacheDir: null,
    readOnlyCache: false,
  });
  await x.extract(doc(TRANSCRIPT), ctx);
  const [req] = server.requests;
  assert.equal(req!.url, "/openai/deployments/notes-prod/chat/completions?api-version=2024-10-21");
  assert.equal(req!.headers["api-key"], KEY);
  assert.equal(req!.headers.authorization, undefined);
  assert.equal(req!.body.response_format.json_schema.strict, true);
  assert.equal(req!.body.store, undefined, "store is an openai.com parameter");
});

test("openai-compatible: any base URL, max_tokens, no store, and no key unless MNEMO_API_KEY gives one", async (t) => {
  const server = await apiServer([{ body: chatCompletion(validExtraction()) }]);
  t.after(server.close);
  const x = createModelExtractor({ engine: engine("openai-compatible", { model: "llama3.1:8b", base_url: `${server.url}/v1`, temperature: 0 }, null), cacheDir: null, readOnlyCache: false });
  await x.extract(doc(TRANSCRIPT), ctx);
  const [req] = server.requests;
  assert.equal(req!.url, "/v1/chat/completions");
  assert.equal(req!.body.model, "llama3.1:8b");
  assert.equal(req!.body.max_tokens, 1024, "a quarter of the 4096-token default context");
  assert.equal(req!.body.max_completion_tokens, undefined);
  assert.equal(req!.body.store, undefined);
  assert.equal(req!.body.temperature, 0);
  assert.ok(!String(req!.headers.authorization ?? "").includes("sk-"), "no real key sent");
});

test("anthropic: the Messages API with one forced tool whose input_schema is the Extraction", async (t) => {
  const server = await apiServer([{ body: anthropicMessage(validExtraction()) }]);
  t.after(server.close);
  const x = createModelExtractor({ engine: engine("anthropic", { model: "claude-sonnet-4-5", base_url: server.url }), cacheDir: null, readOnlyCache: false });
  const result = await x.extract(doc(TRANSCRIPT), ctx);
  assert.deepEqual(result, validExtraction());
  const [req] = server.requests;
  assert.equal(req!.url, "/v1/messages");
  assert.ok(req!.headers["x-api-key"] === KEY || req!.headers.authorization === `Bearer ${KEY}`);
  assert.ok(req!.headers["anthropic-version"]);
  const body = req!.body;
  assert.equal(body.model, "claude-sonnet-4-5");
  assert.match(body.system, /untrusted data/);
  assert.deepEqual(body.messages.map((m: any) => m.role), ["user"]);
  assert.equal(body.tools.length, 1);
  assert.equal(body.tools[0].name, "record_extraction");
  assert.deepEqual(body.tools[0].input_schema.required.slice(0, 3), ["title", "date", "note_type"]);
  assert.deepEqual(body.tool_choice, { type: "tool", name: "record_extraction" });
  assert.equal(body.max_tokens, 4096);
  assert.deepEqual([x.usage().inputTokens, x.usage().outputTokens], [900, 150]);
});

test("the note type always follows the source's kind, whatever the model says", async (t) => {
  const server = await apiServer([{ body: chatCompletion(validExtraction({ note_type: "email" })) }]);
  t.after(server.close);
  const x = createModelExtractor({ engine: engine("openai-compatible", { base_url: server.url }), cacheDir: null, readOnlyCache: false });
  assert.equal((await x.extract(doc(TRANSCRIPT), ctx)).note_type, "meeting");
});

test("a plain-text request (answers to questions) imposes no schema: no response_format, no forced tool", async (t) => {
  const openai = await apiServer([{ body: chatCompletion("Plain answer.") }]);
  t.after(openai.close);
  const oc = createModelClient(engine("openai-compatible", { base_url: `${openai.url}/v1` }));
  const a = await oc.complete({ system: "s", messages: [{ role: "user", content: "q" }], maxOutputTokens: 100, reply: "text" });
  assert.equal(a.text, "Plain answer.");
  assert.equal(openai.requests[0]!.body.response_format, undefined);

  const anthropic = await apiServer([
    { body: { id: "msg_t", type: "message", role: "assistant", model: "c", content: [{ type: "text", text: "Plain answer." }], stop_reason: "end_turn", stop_sequence: null, usage: { input_tokens: 5, output_tokens: 3 } } },
  ]);
  t.after(anthropic.close);
  const ac = createModelClient(engine("anthropic", { model: "claude-sonnet-4-5", base_url: anthropic.url }));
  const b = await ac.complete({ system: "s", messages: [{ role: "user", content: "q" }], maxOutputTokens: 100, reply: "text" });
  assert.equal(b.text, "Plain answer.");
  assert.equal(anthropic.requests[0]!.body.tools, undefined);
  assert.equal(anthropic.requests[0]!.body.tool_choice, undefined);
});
