import type { EntityRecord, EntityType, Registry } from "../../src/entities/entity-record.ts";

/** An entity as its page would give it; `over` sets aliases, emails, company and so on. */
export function entity(name: string, over: Partial<EntityRecord> & { type?: EntityType } = {}): EntityRecord {
  const type = over.type ?? "person";
  const folder = { person: "People", account: "Accounts", project: "Projects" }[type];
  return { name, type, path: `${folder}/${name}.md`, aliases: [], emails: [], company: null, role: null, lastContact: null, category: null, domains: [], ...over };
}

export function registry(...entities: (string | EntityRecord)[]): Registry {
  return { entities: entities.map((e) => (typeof e === "string" ? entity(e) : e)) };
}

export const owner = { name: "Dana Whitfield", aliases: ["Dana"], email: "dana@acme.test" };
