import assert from "node:assert/strict";
import { test } from "node:test";
import { planMerge, planRename } from "../../src/entities/plan-entity-change.ts";
import { registryFromPages } from "../../src/entities/registry-from-pages.ts";
import { rewriteReferences } from "../../src/entities/rewrite-references.ts";
import { entity } from "./builders.ts";

const koncha = "---\ntype: person\ntitle: Koncha\naliases: []\nlast_contact: 2025-10-28\n---\n\n# Koncha\n\n## Key facts\n\n- Leads storage.\n\n## Recent context\n\n- 2025-10-28 · [[Meetings/2025/2025-10-28 - 1-1 with Koncha|1:1 with Koncha]]\n";
const kanchan = "---\ntype: person\ntitle: Kanchan Mehrotra\naliases: []\nemail: kanchan@contoso.test\nlast_contact: 2025-10-01\n---\n\n# Kanchan Mehrotra\n\n## Recent context\n\n- 2025-10-01 · [[Meetings/2025/2025-10-01 - Apollo|Apollo]]\n";
const note = "---\ntype: people\nentity: Koncha\nperson: Koncha\nparticipants:\n  - Dana Whitfield\n  - Koncha\n---\n\n**With**: Dana Whitfield, [[Koncha]]\n\n- [?] Send the deck @Koncha #task\n- See [[People/Koncha|her page]], [[Koncha#Key facts]], not [[Koncha 2]] or [[Konchas]].\n";

test("references: links, display text, headings, task owners and frontmatter move; other pages stay", () => {
  const out = rewriteReferences(note, { path: "People/Koncha.md", name: "Koncha" }, { path: "People/Kanchan Mehrotra.md", name: "Kanchan Mehrotra" });
  assert.equal(
    out,
    "---\ntype: people\nentity: Kanchan Mehrotra\nperson: Kanchan Mehrotra\nparticipants:\n  - Dana Whitfield\n  - Kanchan Mehrotra\n---\n\n**With**: Dana Whitfield, [[Kanchan Mehrotra]]\n\n- [?] Send the deck @Kanchan Mehrotra #task\n- See [[Kanchan Mehrotra|her page]], [[Kanchan Mehrotra#Key facts]], not [[Koncha 2]] or [[Konchas]].\n",
  );
});

test("merge: aliases, ledger (newest first), facts and links across the vault; the merged page goes", () => {
  const files = new Map([
    ["People/Koncha.md", koncha],
    ["People/Kanchan Mehrotra.md", kanchan],
    ["Meetings/2025/2025-10-28 - 1-1 with Koncha.md", note],
    ["Meetings/2025/other.md", "Nothing about her. Konchak is someone else.\n"],
  ]);
  const reg = registryFromPages([...files].map(([path, text]) => ({ path, frontmatter: path.startsWith("People/") ? { type: "person", title: path.includes("Koncha") ? "Koncha" : "Kanchan Mehrotra" } : {} })), { people: "People", accounts: "Accounts", projects: "Projects" });
  const [from, into] = [reg.entities.find((e) => e.name === "Koncha")!, reg.entities.find((e) => e.name === "Kanchan Mehrotra")!];
  const changes = planMerge(files, from, into);
  assert.deepEqual(changes.map((c) => [c.path, c.after === null ? "delete" : "write"]), [
    ["People/Kanchan Mehrotra.md", "write"],
    ["People/Koncha.md", "delete"],
    ["Meetings/2025/2025-10-28 - 1-1 with Koncha.md", "write"],
  ]);
  const page = changes[0]!.after!;
  assert.match(page, /^aliases:\n {2}- Koncha$/m);
  assert.match(page, /^last_contact: 2025-10-28$/m);
  assert.match(page, /## Recent context\n\n- 2025-10-28 · \[\[Meetings\/2025\/2025-10-28 - 1-1 with Koncha\|1:1 with Koncha\]\]\n- 2025-10-01 · /);
  assert.match(page, /## Key facts\n\n- Leads storage\.\n/);
  assert.match(changes[2]!.after!, /\[\[Kanchan Mehrotra\]\]/);
});

test("rename: the page moves, keeps the old name as an alias, and references follow", () => {
  const files = new Map([["People/Koncha.md", koncha], ["Meetings/2025/n.md", note]]);
  const changes = planRename(files, entity("Koncha"), "Kanchan Mehrotra", () => false);
  assert.deepEqual(changes.map((c) => [c.path, c.before === null ? "create" : c.after === null ? "delete" : "update"]), [
    ["People/Koncha.md", "delete"],
    ["People/Kanchan Mehrotra.md", "create"],
    ["Meetings/2025/n.md", "update"],
  ]);
  assert.match(changes[1]!.after!, /^title: Kanchan Mehrotra$/m);
  assert.match(changes[1]!.after!, /^aliases:\n {2}- Koncha$/m);
  assert.match(changes[1]!.after!, /^# Kanchan Mehrotra$/m);
  assert.throws(() => planRename(files, entity("Koncha"), "Taken", (p) => p === "People/Taken.md"), /exists/);
});
