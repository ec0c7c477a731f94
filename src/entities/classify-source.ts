import type { EntitySettings } from "../vault/config.ts";
import type { EntityRecord, EntityType, Registry } from "./entity-record.ts";
import { foldName } from "./fold-name.ts";

/** The note's `type`, what it is about (`entity`) and which kind that is (`person`, `account`, `project` key). */
export type Classification = { type: string; entity: string | null; entityType: EntityType | null };

export type ClassifyInput = {
  /** The note type the extractor gave (`meeting`, `email`, ...), kept when nothing else applies. */
  noteType: string;
  title: string;
  summary: string;
  /** The extractor's main entity, already spelled as the vault spells it. */
  entity: string | null;
  /** Participants other than the owner, as the vault spells them, with their page when they have one. */
  others: readonly { name: string; entity: EntityRecord | null; email: string | null }[];
  registry: Registry;
  settings: EntitySettings;
};

const ACCOUNT_TYPE: Record<string, string> = { customer: "customer", partner: "partners", partners: "partners" };

/**
 * Classifies a source from the config's rules (participants' companies, email domains, keywords),
 * then from the registry (a participant of an account whose page says customer or partner), then
 * as a 1:1 about the other person, then (for a group meeting) about its main person. Pure.
 */
export function classifySource(input: ClassifyInput): Classification {
  const { others, registry, settings } = input;
  const text = ` ${foldName(`${input.title} ${input.summary}`)} `;
  const domainOf = (email: string | null) => email?.split("@")[1]?.toLowerCase() ?? null;
  for (const rule of settings.classify) {
    const company = others.map((o) => o.entity?.company ?? null).find((c) => c !== null && rule.companies.some((r) => foldName(r) === foldName(c)));
    const domain = others.some((o) => {
      const d = domainOf(o.email);
      return d !== null && rule.domains.some((r) => d === r.toLowerCase().replace(/^@/, "") || d.endsWith(`.${r.toLowerCase().replace(/^@/, "")}`));
    });
    const keyword = rule.keywords.some((k) => foldName(k) && text.includes(` ${foldName(k)} `));
    if (!company && !domain && !keyword) continue;
    const entityType: EntityType | null = rule.type === "people" ? "person" : rule.type === "projects" ? "project" : rule.type === "personal" ? null : "account";
    const entity = rule.entity ?? (entityType === "account" ? (company ?? null) : entityType === "person" ? mainPerson(input) : null);
    return { type: rule.type, entity: entityType ? entity : null, entityType: entity ? entityType : null };
  }
  // A participant of a known customer or partner (their page's company, or their address's domain).
  for (const o of others) {
    const account = registry.entities.find(
      (e) =>
        e.type === "account" &&
        ((o.entity?.company && foldName(o.entity.company) === foldName(e.name)) || (domainOf(o.email) !== null && e.domains.includes(domainOf(o.email)!))),
    );
    if (account && account.category && ACCOUNT_TYPE[account.category.toLowerCase()]) {
      return { type: ACCOUNT_TYPE[account.category.toLowerCase()]!, entity: account.name, entityType: "account" };
    }
  }
  const person = mainPerson(input);
  if (person && (others.length === 1 || input.entity || settings.group_meetings === "main-person")) {
    return { type: "people", entity: person, entityType: "person" };
  }
  return { type: input.noteType, entity: null, entityType: null };
}

/**
 * The extractor's entity when it is a participant, else the only other person, else (a group meeting)
 * the first other participant. The extractor lists participants in the order they join the talk (the
 * first labelled speaker, the first person greeted), which is whom the meeting is with: its host or the
 * guest it was set up for. Who owns most tasks is not: one volunteered chore used to decide it.
 */
function mainPerson(input: ClassifyInput): string | null {
  const names = input.others.map((o) => o.name);
  if (input.entity && names.includes(input.entity)) return input.entity;
  return names[0] ?? input.entity;
}
