import assert from "node:assert/strict";
import { test } from "node:test";
import { newPersonPage, updatePersonPage } from "../../src/plan/person-page.ts";

const entry = (date: string, name: string) => ({ date, notePath: `Meetings/2025/${date} - ${name}`, title: name });

test("a new page has person frontmatter, last_contact and one ledger line", () => {
  const page = newPersonPage("Raj Patel", entry("2025-11-05", "Pricing"));
  assert.match(page, /^---\ntype: person\ntitle: Raj Patel\n/);
  assert.match(page, /^last_contact: 2025-11-05$/m);
  assert.match(page, /## Recent context\n\n- 2025-11-05 · \[\[Meetings\/2025\/2025-11-05 - Pricing\|Pricing\]\]\n$/);
});

test("the ledger stays newest first and last_contact only moves forward", () => {
  let page = newPersonPage("Raj Patel", entry("2025-11-05", "B"));
  page = updatePersonPage(page, entry("2025-12-01", "C"))!;
  page = updatePersonPage(page, entry("2025-10-01", "A"))!;
  const dates = [...page.matchAll(/^- (\d{4}-\d{2}-\d{2})/gm)].map((m) => m[1]);
  assert.deepEqual(dates, ["2025-12-01", "2025-11-05", "2025-10-01"]);
  assert.match(page, /^last_contact: 2025-12-01$/m);
});

test("the same note never gets a second ledger line", () => {
  const page = newPersonPage("Raj Patel", entry("2025-11-05", "B"));
  assert.equal(updatePersonPage(page, entry("2025-11-05", "B")), null);
});

test("text the user wrote around the ledger is kept byte for byte", () => {
  const mine = "---\ntype: person\nrole: CFO   # keep this comment\nlast_contact: 2025-01-01\n---\n\n# Raj\n\n* my *own* bullet\n\n## Recent context\n\n- 2025-01-01 · [[x|x]]\n\n## Notes\n\nLikes tea\\_time.\n";
  const out = updatePersonPage(mine, entry("2025-11-05", "B"))!;
  assert.ok(out.includes("role: CFO   # keep this comment"));
  assert.ok(out.includes("\n# Raj\n\n* my *own* bullet\n\n## Recent context\n\n- 2025-11-05 · [[Meetings/2025/2025-11-05 - B|B]]\n- 2025-01-01 · [[x|x]]\n\n## Notes\n\nLikes tea\\_time.\n"));
});

test("a page without a ledger gets one at the end, and frontmatter if it had none", () => {
  const out = updatePersonPage("# Raj\n\nMet at the offsite.\n", entry("2025-11-05", "B"))!;
  assert.equal(out, "---\nlast_contact: 2025-11-05\n---\n# Raj\n\nMet at the offsite.\n\n## Recent context\n\n- 2025-11-05 · [[Meetings/2025/2025-11-05 - B|B]]\n");
});
