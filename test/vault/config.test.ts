import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConfigText } from "../../src/vault/load-config.ts";

const file = "/v/.mnemo/config.yaml";

test("defaults fill every folder name", () => {
  const c = parseConfigText("owner:\n  name: Dana Whitfield\n", file);
  assert.equal(c.folders.people, "People");
  assert.deepEqual(c.owner.aliases, []);
});

test("a misspelt key names the file, the key path and what is allowed", () => {
  assert.throws(
    () => parseConfigText("owner: {name: Dana}\nfolders: {peple: Folk}\n", file),
    { message: `${file}: unknown key folders.peple (allowed: inbox, meetings, email, documents, people, accounts, projects, sources, outbox, briefs)` },
  );
});

test("a bad value names the key and the rule", () => {
  assert.throws(() => parseConfigText("owner: {name: Dana}\nfolders: {people: ../elsewhere}\n", file), /folders\.people: must be a folder name inside the vault/);
  assert.throws(() => parseConfigText("owner: {aliases: []}\n", file), /config\.yaml: owner\.name: /);
});

test("YAML that does not parse is reported on one line", () => {
  assert.throws(() => parseConfigText("owner: [\n", file), (e: Error) => e.message.startsWith(`${file}: not valid YAML`) && !e.message.includes("\n"));
});
