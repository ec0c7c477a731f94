import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { apiServer, chatCompletion } from "../extract/llm/helpers/api-server.ts";
import { runCli } from "../helpers/run-cli.ts";
import { readTree } from "../helpers/temp-dir.ts";
import { HIRING, searchVault } from "./search-fixture.ts";

/** Every `[[path#heading]]` in the text names a file of the vault and, when given, one of its headings. */
function assertLinksResolve(root: string, text: string): string[] {
  const links = [...text.matchAll(/\[\[([^\]#|]+)(?:#([^\]|]+))?\]\]/g)];
  assert.ok(links.length > 0, `no links in: ${text}`);
  for (const [link, target, heading] of links) {
    const file = [path.join(root, `${target}.md`), path.join(root, target!)].find((f) => existsSync(f));
    assert.ok(file, `${link}: no such file`);
    if (heading) assert.ok(readFileSync(file!, "utf8").split(/\r?\n/).some((l) => /^#{1,6} /.test(l) && l.replace(/^#+ /, "").trim() === heading), `${link}: no heading "${heading}"`);
  }
  return links.map((l) => l[0]);
}

test("mnemo ask with the built-in engine quotes the best passages, each cited with a link that resolves", async () => {
  const root = await searchVault();
  const r = await runCli(["ask", "--vault", root, "What", "price", "per", "seat", "did", "we", "agree", "for", "Acme?"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^> - Hold the enterprise price at 40 dollars per seat for Acme\.\n— \[\[Meetings\/2025\/2025-11-05 - Pricing review#Decisions\]\] \(Pricing review with Raj, 2025-11-05\)/m);
  const links = assertLinksResolve(root, r.stdout);
  assert.ok(links.includes("[[Meetings/2025/2025-11-05 - Pricing review#Decisions]]"));
  const vaultText = Object.values(await readTree(root)).join("\n");
  for (const quote of r.stdout.split("\n").filter((l) => l.startsWith("> "))) assert.ok(vaultText.includes(quote.slice(2)), `quoted verbatim: ${quote}`);
  const json = JSON.parse((await runCli(["ask", "--vault", root, "--json", "who is Raj Patel?"])).stdout);
  assert.equal(json.answered, true);
  assert.equal(json.method, "extractive");
  assert.ok(json.citations.every((c: { link: string }) => assertLinksResolve(root, c.link)));
});

test("a question the vault cannot answer says so and invents nothing", async () => {
  const root = await searchVault();
  const r = await runCli(["ask", "--vault", root, "What is the capital of France?"]);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, "I found nothing in the vault about “What is the capital of France”.\n");
  const json = JSON.parse((await runCli(["ask", "--vault", root, "--json", "zebra migration schedule"])).stdout);
  assert.deepEqual([json.answered, json.citations, json.passages], [false, [], []]);
});

/** Toy embeddings: money words and hiring words each share a dimension, other words hash thinly. */
function embed(text: string): number[] {
  const v = new Array(16).fill(0);
  for (const w of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    if (/^(money|budget|spend|cost|200k|funds)$/.test(w)) v[0] += 3;
    else if (/^(recruiting|recruit|hire|hiring|engineers|headcount)$/.test(w)) v[1] += 3;
    else v[2 + ([...w].reduce((a, c) => a + c.charCodeAt(0), 0) % 14)] += 0.2;
  }
  return v;
}

test("mnemo ask with a model: hybrid retrieval finds by meaning, the answer keeps only cited sentences", async () => {
  const root = await searchVault();
  const hiringLink = "[[Meetings/2024/2024-03-02 - Hiring plan#Key Information]]";
  const server = await apiServer((req) => {
    if (req.url === "/v1/embeddings") {
      const input = req.body.input as string[];
      return { body: { object: "list", model: req.body.model, data: input.map((t, index) => ({ object: "embedding", index, embedding: embed(t) })) } };
    }
    return { body: chatCompletion(`The hiring budget is 200k. ${hiringLink} The moon is made of cheese.`) };
  });
  try {
    await writeFile(path.join(root, ".mnemo/config.yaml"), `owner:\n  name: Dana Whitfield\nengine:\n  name: openai-compatible\n  model: m\n  base_url: ${server.url}/v1\n  max_retries: 0\n`);
    const question = "How much money is set aside for recruiting?";
    const words = await runCli(["ask", "--vault", root, question], { env: { MNEMO_EMBED_MODEL: "none" } });
    assert.equal(words.code, 1, "by words alone nothing matches");
    assert.match(words.stdout, /I found nothing in the vault about/);
    assert.equal(server.requests.length, 0, "and the model is not asked");

    const r = await runCli(["ask", "--vault", root, question], { env: { MNEMO_EMBED_MODEL: "toy-embed" } });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^The hiring budget is 200k\. \[\[Meetings\/2024\/2024-03-02 - Hiring plan#Key Information\]\]\n/);
    assert.doesNotMatch(r.stdout, /cheese/);
    assert.match(r.stderr, /left out 1 sentence the engine wrote without a citation/);
    assertLinksResolve(root, r.stdout);

    const embedCalls = server.requests.filter((q) => q.url === "/v1/embeddings");
    assert.ok(embedCalls.length >= 2 && embedCalls.every((q) => q.body.model === "toy-embed"));
    const chat = server.requests.find((q) => q.url === "/v1/chat/completions")!;
    const prompt = chat.body.messages.at(-1).content as string;
    assert.match(prompt, /<passages>\n<passage n="1" cite="\[\[Meetings\/2024\/2024-03-02 - Hiring plan#Key Information\]\]"/);
    assert.match(chat.body.messages[0].content, /untrusted data/);
    assert.equal(chat.body.response_format, undefined, "an answer is plain text, not an Extraction");
    assert.ok(prompt.includes("the budget for hiring is 200k"));

    const before = embedCalls.length;
    await writeFile(path.join(root, ".mnemo/config.yaml"), `owner:\n  name: Dana Whitfield\nsearch:\n  embed_model: toy-embed\nengine:\n  name: openai-compatible\n  model: m\n  base_url: ${server.url}/v1\n  max_retries: 0\n`);
    const configured = await runCli(["ask", "--vault", root, question], { env: {} });
    assert.equal(configured.code, 0, "the config's search.embed_model turns embeddings on without the environment");
    const textsEmbedded = server.requests.slice(before).filter((q) => q.url === "/v1/embeddings").flatMap((q) => q.body.input as string[]);
    assert.deepEqual(textsEmbedded, [question], "passages' vectors are stored: only the question is embedded again");
  } finally {
    await server.close();
  }
  assert.ok(existsSync(path.join(root, HIRING)));
});
