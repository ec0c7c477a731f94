// Entity figures for `npm run eval`: how often a transcript's note names the same entity and type as
// the original pipeline's first note (refB[0].entity, refB[0].type), and how many pages were made
// for names that are not people. "Same entity" means Mnemo's own resolver, given the reference name
// as the only page, resolves the note's entity to it (first name, alias-free spelling variants).
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { EntityRecord } from "../src/entities/entity-record.ts";
import { foldName } from "../src/entities/fold-name.ts";
import { isPlaceholderSpeaker } from "../src/entities/is-placeholder-speaker.ts";
import { resolveName } from "../src/entities/resolve-name.ts";
import { readUnresolved } from "../src/entities/unresolved-store.ts";
import { isKnownOrganization } from "../src/extract/lexicon.ts";
import type { VaultConfig } from "../src/vault/config.ts";
import { readFrontmatter, readVaultState } from "../src/vault/read-vault-state.ts";

type Ref = { refB?: { type?: string; entity?: string }[] };

export async function entityFigures(split: string, root: string, config: VaultConfig) {
  const notes: { file: string; fm: Record<string, unknown> }[] = [];
  for (const rel of (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".md") && !f.startsWith("."))) {
    const fm = await readFrontmatter(path.join(root, rel));
    if (typeof fm.source_ref === "string") notes.push({ file: rel, fm });
  }
  let scored = 0;
  let same = 0;
  let exact = 0;
  let types = 0;
  const mismatches: string[] = [];
  const dir = path.join(split, "transcripts");
  for (const id of existsSync(dir) ? (await readdir(dir)).sort() : []) {
    const ref = JSON.parse(await readFile(path.join(dir, id, "reference.json"), "utf8")) as Ref;
    const want = ref.refB?.[0];
    if (!want?.entity) continue;
    const input = (await readdir(path.join(dir, id))).find((f) => f !== "reference.json")!;
    const note = notes.find((n) => String(n.fm.source_ref).endsWith(input));
    if (!note) continue;
    scored++;
    const got = typeof note.fm.entity === "string" ? note.fm.entity : "";
    if (note.fm.type === want.type) types++;
    if (foldName(got) === foldName(want.entity)) exact++;
    if (got && sameEntity(got, want.entity, config)) same++;
    else mismatches.push(`${id}: ${got || "(none)"} vs ${want.entity}`);
  }
  const state = await readVaultState(root, config);
  const entities = state.entities?.entities ?? [];
  const people = entities.filter((e) => e.type === "person");
  return {
    scored,
    entityAgreement: scored ? same / scored : 0,
    entityExact: scored ? exact / scored : 0,
    typeAgreement: scored ? types / scored : 0,
    personPages: people.length,
    placeholderPages: people.filter((e) => isPlaceholderSpeaker(e.name)).length,
    organisationPages: people.filter((e) => isKnownOrganization(e.name)).length,
    otherPages: entities.length - people.length,
    unresolved: (await readUnresolved(root)).length,
    mismatches,
  };
}

function sameEntity(got: string, want: string, config: VaultConfig): boolean {
  const page = (name: string): EntityRecord => ({ name, type: "person", path: `x/${name}.md`, aliases: [], emails: [], company: null, role: null, lastContact: null, category: null, domains: [] });
  const ctx = { owner: { name: config.owner.name, aliases: [] }, types: ["person", "account", "project"] as const };
  const a = resolveName(got, { entities: [page(want)] }, ctx);
  const b = resolveName(want, { entities: [page(got)] }, ctx);
  return a.kind === "entity" || b.kind === "entity";
}
