import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveExtraction } from "../../src/entities/resolve-extraction.ts";
import { buildPlan } from "../../src/plan/build-plan.ts";
import { VaultConfig } from "../../src/vault/config.ts";
import { extraction, request, state } from "../helpers/builders.ts";
import { entity, registry } from "./builders.ts";

const config = VaultConfig.parse({
  owner: { name: "Dana Whitfield", aliases: ["Dana"] },
  entities: { classify: [{ type: "customer", companies: ["Northwind"] }, { type: "projects", entity: "Apollo", keywords: ["Apollo rollout"] }] },
});
const transcript = { kind: "transcript" as const, emails: new Map<string, string>() };

test("names are written as the vault spells them, with links; placeholders and Me are handled", () => {
  const reg = registry(entity("Kanchan Mehrotra", { aliases: ["Koncha"] }), "Raj Patel");
  const x = extraction({
    participants: ["Dana Whitfield", "Koncha", "Remote"],
    summary: "Koncha and Raj went over the rollout. Kanchan will send the deck.",
    tasks: [{ text: "Send Koncha the deck", owner: "Me", due: null, priority: null }],
    facts: ["Kanchan leads storage at Contoso."],
    mentions: { people: ["Raj"], accounts: [], projects: [] },
  });
  const r = resolveExtraction(x, reg, config, transcript);
  assert.deepEqual(r.extraction.participants, ["Dana Whitfield", "Kanchan Mehrotra"]);
  assert.equal(r.extraction.tasks[0]!.owner, "Dana Whitfield");
  assert.equal(r.extraction.summary, "Kanchan Mehrotra and [[Raj Patel|Raj]] went over the rollout. [[Kanchan Mehrotra|Kanchan]] will send the deck.");
  assert.deepEqual(r.plan.classification, { type: "people", entity: "Kanchan Mehrotra", entityType: "person" });
  assert.deepEqual(r.plan.facts["Kanchan Mehrotra"], ["[[Kanchan Mehrotra|Kanchan]] leads storage at Contoso."]);
  assert.deepEqual(r.unresolved, []);

  const plan = buildPlan({ ...request(), extraction: r.extraction, entities: r.plan, config }, state({ "People/Kanchan Mehrotra.md": "---\ntype: person\n---\n# Kanchan\n", "People/Raj Patel.md": "# Raj\n" }));
  const note = plan.ops[0]!.kind === "create-file" ? plan.ops[0]!.content : "";
  assert.match(note, /^type: people$/m);
  assert.match(note, /^person: Kanchan Mehrotra$/m);
  assert.match(note, /^\*\*With\*\*: Dana Whitfield, \[\[Kanchan Mehrotra\]\]$/m);
  assert.match(note, /^\[\[Kanchan Mehrotra\]\] and \[\[Raj Patel\|Raj\]\] went over/m);
  assert.match(note, /Send \[\[Kanchan Mehrotra\]\] the deck @Myself/);
});

test("a name too close to call gets no page, stays as written and is reported", () => {
  const reg = registry("Tomer Hagay", "Tomer Hagey");
  const r = resolveExtraction(extraction({ participants: ["Dana Whitfield", "Tomer Hagoy", "Raj Patel"] }), reg, config, transcript);
  assert.deepEqual(r.unresolved.map((u) => u.name), ["Tomer Hagoy"]);
  const plan = buildPlan({ ...request(), extraction: r.extraction, entities: r.plan, config }, state());
  const paths = plan.ops.flatMap((o) => (o.kind === "archive-source" ? [] : [o.path]));
  assert.ok(!paths.some((p) => p.includes("Hagoy")), paths.join(", "));
  assert.ok(paths.includes("People/Raj Patel.md"));
});

test("placeholder speakers never get pages, even when an engine lists them", () => {
  const x = extraction({ participants: ["Dana Whitfield", "Speaker 1", "Parallels Desktop", "Unknown", "Raj Patel"] });
  const r = resolveExtraction(x, registry(), config, transcript);
  assert.deepEqual(r.extraction.participants, ["Dana Whitfield", "Raj Patel"]);
});

test("a participant of a customer makes a customer call about the account, whose page gets the ledger", () => {
  const reg = registry(entity("Raj Patel", { company: "Northwind" }), entity("Northwind", { type: "account", category: "customer" }));
  const x = extraction({ facts: ["Northwind renews in March.", "Lunch was good."] });
  const r = resolveExtraction(x, reg, config, transcript);
  assert.deepEqual(r.plan.classification, { type: "customer", entity: "Northwind", entityType: "account" });
  const plan = buildPlan({ ...request(), extraction: r.extraction, entities: r.plan, config }, state({ "Accounts/Northwind.md": "---\ntype: account\n---\n# Northwind\n", "People/Raj Patel.md": "# Raj\n" }));
  const account = plan.ops.find((o) => o.kind === "update-file" && o.path === "Accounts/Northwind.md");
  assert.ok(account && account.kind === "update-file");
  assert.match(account.content, /## Key facts\n\n- Northwind renews in March\.\n/);
  assert.match(account.content, /## Recent context\n\n- 2025-11-05 · \[\[Meetings\/2025\/2025-11-05 - Pricing review with Raj\|/);
  assert.doesNotMatch(account.content, /Lunch/);
});

test("a group meeting is about the first person in it, not whoever took on the most tasks", () => {
  const x = extraction({
    participants: ["Dana Whitfield", "Mei Chen", "Raj Patel", "Tom Ortiz"],
    tasks: [
      { text: "Book the lab", owner: "Tom Ortiz", due: null, priority: null },
      { text: "Send the quote", owner: "Tom Ortiz", due: null, priority: null },
      { text: "Review the deck", owner: "Mei Chen", due: null, priority: null },
    ],
  });
  const r = resolveExtraction(x, registry(), config, transcript);
  assert.deepEqual(r.plan.classification, { type: "people", entity: "Mei Chen", entityType: "person" });
  // The extractor's own main entity still wins when it is a participant.
  const named = resolveExtraction({ ...x, entity: "Raj Patel" }, registry(), config, transcript);
  assert.equal(named.plan.classification.entity, "Raj Patel");
});

test("keyword rules make a project note and a new project page", () => {
  const r = resolveExtraction(extraction({ title: "Apollo rollout sync", participants: ["Dana Whitfield", "Raj Patel", "Mei Chen"] }), registry(), config, transcript);
  assert.deepEqual(r.plan.classification, { type: "projects", entity: "Apollo", entityType: "project" });
  const plan = buildPlan({ ...request(), extraction: r.extraction, entities: r.plan, config }, state());
  const page = plan.ops.find((o) => o.kind === "create-file" && o.path === "Projects/Apollo.md");
  assert.ok(page && page.kind === "create-file");
  assert.match(page.content, /^type: project$/m);
});

test("a new person page has an open-tasks query and its key facts; known facts are not added twice", () => {
  const x = extraction({ facts: ["Raj Patel owns the pricing sheet.", "Raj Patel owns the pricing sheet!"] });
  const r = resolveExtraction(x, registry(), config, transcript);
  const plan = buildPlan({ ...request(), extraction: r.extraction, entities: r.plan, config }, state());
  const page = plan.ops.find((o) => o.kind === "create-file" && o.path === "People/Raj Patel.md");
  assert.ok(page && page.kind === "create-file");
  assert.match(page.content, /```tasks\nnot done\ndescription includes Raj Patel\n/);
  assert.equal(page.content.match(/owns the pricing sheet/g)?.length, 1);
  assert.match(page.content, /## Recent context\n\n- 2025-11-05 .*\n$/);
});
