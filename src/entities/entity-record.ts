/** The three kinds of page the registry knows. Notes about them have their own `type` (see classify-source). */
export type EntityType = "person" | "account" | "project";

export const ENTITY_TYPES: readonly EntityType[] = ["person", "account", "project"];

/** One person, account or project, as its page in the vault describes it. */
export type EntityRecord = {
  /** The name as the vault spells it: the page's `title`, else its file name. */
  name: string;
  type: EntityType;
  /** Vault-relative path of the page. */
  path: string;
  aliases: string[];
  /** Lower-cased email addresses (`email`, `emails`). */
  emails: string[];
  company: string | null;
  role: string | null;
  lastContact: string | null;
  /** Accounts: what kind (`customer`, `partner`), from frontmatter `category` or `kind`. */
  category: string | null;
  /** Accounts: the email domains its people write from (`domains`). */
  domains: string[];
};

/** Every entity of the vault; built from the pages by `registryFromPages`. */
export type Registry = { readonly entities: readonly EntityRecord[] };

export const EMPTY_REGISTRY: Registry = { entities: [] };
