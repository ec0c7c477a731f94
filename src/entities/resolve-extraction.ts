import type { Extraction } from "../extract/extraction.ts";
import type { SourceKind } from "../sources/source-document.ts";
import type { VaultConfig } from "../vault/config.ts";
import { classifySource, type Classification } from "./classify-source.ts";
import type { EntityRecord, EntityType, Registry } from "./entity-record.ts";
import { cleanName, foldName, nameTokens } from "./fold-name.ts";
import { resolveName, type Resolution } from "./resolve-name.ts";
import { respellNames } from "./respell-names.ts";

/** A name the resolver would not decide on: no page was made for it. */
export type UnresolvedName = { name: string; reason: string; candidates: string[] };

/** A page, besides the participants', that this source adds a ledger line (and facts) to. */
export type InvolvedEntity = { name: string; type: EntityType; path: string | null };

/** What planning needs to know about the source's entities (see build-plan). */
export type EntityPlan = {
  classification: Classification;
  /** Names kept in the note as written but given no page (unresolved). */
  noPage: string[];
  /** Entities besides the participants whose names become links. */
  linked: string[];
  /** Pages besides the participants' that get this source's ledger line. */
  involved: InvolvedEntity[];
  /** Key facts per entity name (only facts that name it). */
  facts: Record<string, string[]>;
  /** Addresses the source gives for people, by the name the vault uses. */
  emails: Record<string, string>;
};

export type ResolvedExtraction = { extraction: Extraction; plan: EntityPlan; unresolved: UnresolvedName[] };

export type SourceNames = {
  kind: SourceKind;
  /** Email addresses the source gives, by folded name. */
  emails: ReadonlyMap<string, string>;
};

const MAX_FACTS = 8;

/**
 * The pipeline step between extraction and planning: every name of the extraction (participants,
 * task owners, mentions, entity) is resolved against the registry and written as the vault spells
 * it; placeholders are dropped, the owner is the owner, and names too close to call are kept as
 * written, with no page, and reported. Then the source is classified. Pure.
 */
export function resolveExtraction(x: Extraction, registry: Registry, config: VaultConfig, source: SourceNames): ResolvedExtraction {
  const ignore = new Set(config.entities.ignore.map(foldName));
  const ctx = { owner: config.owner, participants: x.participants, ownRecording: source.kind === "transcript" || source.kind === "voice" };
  const cache = new Map<string, Resolution>();
  const resolve = (raw: string, types: EntityType[] = ["person"]): Resolution => {
    const k = `${types.join()}\0${raw}`;
    let r = cache.get(k);
    if (!r) {
      r = ignore.has(foldName(cleanName(raw))) ? { kind: "placeholder" } : resolveName(raw, registry, { ...ctx, types, email: source.emails.get(foldName(raw)) ?? null });
      cache.set(k, r);
    }
    return r;
  };
  const unresolved = new Map<string, UnresolvedName>();
  const noPage = new Set<string>();
  const byName = new Map<string, EntityRecord>();
  const spellings = new Map<string, string>();
  const firstNames = new Map<string, string>();
  const spell = (raw: string | null, types: EntityType[] = ["person"]): string | null => {
    if (raw === null || !raw.trim()) return null;
    const r = resolve(raw, types);
    let name: string | null;
    switch (r.kind) {
      case "owner":
        name = config.owner.name;
        break;
      case "placeholder":
        return null;
      case "entity":
        name = r.entity.name;
        byName.set(name, r.entity);
        break;
      case "participant":
      case "new":
        name = r.name;
        break;
      case "unresolved":
        name = r.name;
        noPage.add(name);
        unresolved.set(foldName(name), { name: r.name, reason: r.reason, candidates: r.candidates });
        break;
    }
    if (r.kind !== "owner" && name !== raw.trim()) {
      if (nameTokens(raw).length === 1 && nameTokens(name).length > 1 && nameTokens(name)[0] === foldName(raw)) firstNames.set(raw.trim(), name);
      else spellings.set(raw.trim(), name);
    }
    return name;
  };

  const participants = unique(x.participants.map((p) => spell(p)));
  const others = participants.filter((p) => p !== config.owner.name);
  const tasks = x.tasks.map((t) => ({ ...t, owner: spell(t.owner) }));
  const people = unique(x.mentions.people.map((p) => spell(p))).filter((p) => p !== config.owner.name && !participants.includes(p));
  const accounts = unique(x.mentions.accounts.map((a) => spell(a, ["account"])));
  const projects = unique(x.mentions.projects.map((a) => spell(a, ["project"])));
  const entity = spell(x.entity, ["person", "account", "project"]);

  const emails: Record<string, string> = {};
  for (const p of others) {
    const e = source.emails.get(foldName(p)) ?? [...spellings].filter(([, to]) => to === p).map(([from]) => source.emails.get(foldName(from))).find(Boolean);
    if (e) emails[p] = e;
  }
  const classification = classifySource({
    noteType: x.note_type,
    title: x.title,
    summary: x.summary,
    entity: entity && !noPage.has(entity) ? entity : null,
    others: others.filter((o) => !noPage.has(o)).map((name) => ({ name, entity: byName.get(name) ?? null, email: emails[name] ?? null })),
    registry,
    settings: config.entities,
  });

  // Pages besides the participants': the source's account or project, and known entities it mentions.
  const involved: InvolvedEntity[] = [];
  const involve = (name: string, type: EntityType, path: string | null) => {
    if (!involved.some((i) => i.name === name) && !participants.includes(name)) involved.push({ name, type, path });
  };
  if (classification.entity && classification.entityType && classification.entityType !== "person") {
    const known = registry.entities.find((e) => e.type === classification.entityType && foldName(e.name) === foldName(classification.entity!));
    involve(known?.name ?? classification.entity, classification.entityType, known?.path ?? null);
  }
  for (const n of [...people, ...accounts, ...projects]) {
    const e = byName.get(n);
    if (e) involve(e.name, e.type, e.path);
  }
  const paged = [...others.filter((o) => !noPage.has(o)), ...involved.map((i) => i.name)];
  // First names of the people with pages link to them too, when no one else here has that first name.
  const firstCount = new Map<string, number>();
  for (const p of paged) if (nameTokens(p).length > 1) firstCount.set(nameTokens(p)[0]!, (firstCount.get(nameTokens(p)[0]!) ?? 0) + 1);
  for (const p of paged) {
    const first = p.split(/\s+/)[0]!;
    if (nameTokens(p).length > 1 && firstCount.get(foldName(first)) === 1 && foldName(first) !== nameTokens(config.owner.name)[0]) firstNames.set(first, p);
    for (const a of byName.get(p)?.aliases ?? []) if (a !== p && nameTokens(a).length > 0) spellings.set(a, p);
  }
  for (const [k, v] of firstNames) if (!paged.includes(v)) firstNames.delete(k);
  const respell = (s: string) => respellNames(s, spellings, firstNames);
  const facts = unique(x.facts.map(respell));
  const factsOf: Record<string, string[]> = {};
  for (const p of paged) {
    const forms = [p, ...(byName.get(p)?.aliases ?? [])].map(foldName).filter(Boolean);
    const about = facts.filter((f) => {
      const t = ` ${foldName(f)} `;
      return forms.some((n) => t.includes(` ${n} `));
    });
    if (about.length) factsOf[p] = about.slice(0, MAX_FACTS);
  }

  return {
    extraction: {
      ...x,
      entity: classification.entity ?? entity,
      participants,
      summary: respell(x.summary),
      tasks: tasks.map((t) => ({ ...t, text: respell(t.text) })),
      decisions: x.decisions.map(respell),
      facts,
      mentions: { people, accounts, projects },
    },
    plan: {
      classification,
      noPage: [...noPage],
      linked: unique([...people.filter((p) => byName.has(p)), ...involved.map((i) => i.name)]),
      involved,
      facts: factsOf,
      emails,
    },
    unresolved: [...unresolved.values()],
  };
}

function unique(xs: readonly (string | null)[]): string[] {
  return [...new Set(xs.filter((x): x is string => x !== null && x.trim() !== ""))];
}
