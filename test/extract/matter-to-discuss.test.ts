import { test } from "node:test";
import assert from "node:assert/strict";
import { withMatterToDiscuss } from "../../src/extract/matter-to-discuss.ts";

const topics = ["pricing", "Zephyr nodes", "RDMA", "support contract", "data", "Friday"];
const before = "We'd love to have RDMA on the Zephyr nodes, there's no timeline for it yet. We're working with the orion infra team. So";

test("a task to see someone takes the last topics said before it as its matter, in the order they were said", () => {
  assert.equal(withMatterToDiscuss({ task: "Check with the orion infra team", before, topics }), "Check with the orion infra team about RDMA and Zephyr nodes");
  assert.equal(withMatterToDiscuss({ task: "Meet with Dana", before: "The support contract renews soon and RDMA too.", topics, max: 1 }), "Meet with Dana about RDMA");
  assert.equal(withMatterToDiscuss({ task: "Set up a call with him", before, topics }), "Set up a call with him about RDMA and Zephyr nodes");
});

test("a lone common word, a day or nothing said leaves the task as it is", () => {
  assert.equal(withMatterToDiscuss({ task: "Meet with Dana", before: "We looked at the data on Friday.", topics }), "Meet with Dana");
  assert.equal(withMatterToDiscuss({ task: "Meet with Dana", before: "Nothing in particular.", topics }), "Meet with Dana");
});

test("a task that says what about, does something else, or sees nobody named is left alone", () => {
  assert.equal(withMatterToDiscuss({ task: "Meet with Dana about the budget", before, topics }), "Meet with Dana about the budget");
  assert.equal(withMatterToDiscuss({ task: "Meet with them to present the plan", before, topics }), "Meet with them to present the plan");
  assert.equal(withMatterToDiscuss({ task: "Send the deck to Dana", before, topics }), "Send the deck to Dana");
  assert.equal(withMatterToDiscuss({ task: "Check whether Dana is coming", before, topics }), "Check whether Dana is coming");
  assert.equal(withMatterToDiscuss({ task: "Connect it into the core network", before, topics }), "Connect it into the core network");
});

test("a meeting's task to check with a team names what was being discussed", async () => {
  const { extractWithRules } = await import("../../src/extract/extract-with-rules.ts");
  const { ctx, transcript } = await import("./source-fixtures.ts");
  const x = extractWithRules(
    transcript([
      ["Dana Whitfield", "The Zephyr nodes are in the lab now and the Zephyr nodes look fast."],
      ["Jason Vallery", "What about RDMA? We need RDMA for the benchmark, and RDMA on the Zephyr nodes is not there yet."],
      ["Dana Whitfield", "We're working with the Orion team. We should check with the Orion team next week."],
    ]),
    ctx,
  );
  const texts = x.tasks.map((t) => t.text);
  assert.ok(texts.some((t) => /^Check with the Orion team about .*RDMA/.test(t)), JSON.stringify(texts));
});

test("up to three topics are named, as a list", () => {
  const said = "Pricing came up, then the support contract, then RDMA on the Zephyr nodes. So";
  assert.equal(withMatterToDiscuss({ task: "Meet with Dana", before: said, topics }), "Meet with Dana about support contract, RDMA and Zephyr nodes");
});
