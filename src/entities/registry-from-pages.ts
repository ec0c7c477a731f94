import type { EntityRecord, EntityType, Registry } from "./entity-record.ts";

export type PageFrontmatter = { path: string; frontmatter: Record<string, unknown> };
export type EntityFolders = { people: string; accounts: string; projects: string };

/**
 * The registry is the vault: every page whose frontmatter `type` is `person`, `account` or
 * `project`, wherever it lives (pages the user wrote count), and untyped pages in the People,
 * Accounts and Projects folders. Pages are taken in path order; nothing is cached.
 */
export function registryFromPages(pages: readonly PageFrontmatter[], folders: EntityFolders): Registry {
  const entities: EntityRecord[] = [];
  for (const p of [...pages].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const e = entityFromPage(p.path, p.frontmatter, folders);
    if (e) entities.push(e);
  }
  return { entities };
}

/** The entity a page describes, or null when it is not a person, account or project page. */
export function entityFromPage(path: string, fm: Record<string, unknown>, folders: EntityFolders): EntityRecord | null {
  const type = entityType(path, fm, folders);
  if (!type) return null;
  const base = path.split("/").pop()!.replace(/\.md$/, "");
  const email = [...strings(fm.email), ...strings(fm.emails)].map((e) => e.toLowerCase());
  return {
    name: typeof fm.title === "string" && fm.title.trim() ? fm.title.trim() : base,
    type,
    path,
    aliases: [...new Set([...strings(fm.aliases), ...(typeof fm.title === "string" && fm.title.trim() !== base ? [base] : [])])],
    emails: [...new Set(email)],
    company: str(fm.company),
    role: str(fm.role),
    lastContact: fm.last_contact instanceof Date ? fm.last_contact.toISOString().slice(0, 10) : str(fm.last_contact),
    category: str(fm.category) ?? str(fm.kind),
    domains: strings(fm.domains).map((d) => d.toLowerCase().replace(/^@/, "")),
  };
}

function entityType(path: string, fm: Record<string, unknown>, folders: EntityFolders): EntityType | null {
  if (fm.type === "person" || fm.type === "account" || fm.type === "project") return fm.type;
  if (fm.type !== undefined) return null;
  if (path.startsWith(`${folders.people}/`)) return "person";
  if (path.startsWith(`${folders.accounts}/`)) return "account";
  if (path.startsWith(`${folders.projects}/`)) return "project";
  return null;
}

function strings(v: unknown): string[] {
  if (typeof v === "string") return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string" && x.trim() !== "").map((x) => x.trim());
  return [];
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}
