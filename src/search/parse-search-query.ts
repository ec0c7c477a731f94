import type { PassageKind } from "./passage.ts";

/** A word or quoted phrase the user typed: `-word` excludes, `word*` matches as a prefix. */
export type QueryTerm = { text: string; phrase: boolean; prefix: boolean; negate: boolean };

export type SearchFilters = {
  person: string[];
  account: string[];
  type: string[];
  tag: string[];
  in: PassageKind[];
  /** On or after this date (YYYY-MM-DD). */
  after: string | null;
  /** Strictly before this date (YYYY-MM-DD). */
  before: string | null;
};

export type SearchQuery = { terms: QueryTerm[]; filters: SearchFilters; problems: string[] };

/** `in:` values and the passage kinds they select. MARKER(passage-kind) */
export const IN_VALUES: Record<string, PassageKind[]> = {
  tasks: ["tasks"],
  decisions: ["decisions"],
  facts: ["facts"],
  summary: ["summary"],
  sources: ["source"],
};

const FIELDS = new Set(["person", "account", "type", "tag", "in", "after", "before"]);
// -? field: ("quoted value" | value) | "phrase" | word
const TOKEN = /(-?)(?:([a-z]+):)?(?:"([^"]*)"?|(\S+))/gi;

/**
 * Reads a search box's text: words, "quoted phrases", `-excluded` words, `prefix*` words, and
 * the filters `person:` `account:` `type:` `tag:` `in:` `after:` `before:` (values may be quoted).
 * A `word:` that is no filter stays a word. Bad filter values become problems, not exceptions.
 */
export function parseSearchQuery(input: string): SearchQuery {
  const filters: SearchFilters = { person: [], account: [], type: [], tag: [], in: [], after: null, before: null };
  const terms: QueryTerm[] = [];
  const problems: string[] = [];
  for (const m of input.matchAll(TOKEN)) {
    const [whole, minus = "", rawField, quoted, bare] = m;
    const field = rawField?.toLowerCase();
    if (field && FIELDS.has(field)) {
      const value = (quoted ?? bare ?? "").trim();
      if (!value) {
        problems.push(`${field}: needs a value`);
        continue;
      }
      addFilter(filters, field, value, problems);
      continue;
    }
    if (quoted !== undefined && !rawField) {
      if (quoted.trim()) terms.push({ text: quoted.trim(), phrase: true, prefix: false, negate: minus === "-" });
      continue;
    }
    let text = rawField ? whole.slice(minus.length) : bare!;
    const prefix = text.length > 1 && text.endsWith("*");
    if (prefix) text = text.replace(/\*+$/, "");
    terms.push({ text, phrase: false, prefix, negate: minus === "-" && text.length > 0 });
  }
  return { terms: terms.filter((t) => /[\p{L}\p{N}]/u.test(t.text)), filters, problems };
}

function addFilter(f: SearchFilters, field: string, value: string, problems: string[]): void {
  switch (field) {
    case "person":
    case "account":
      f[field].push(value.replace(/^\[\[|\]\]$/g, "").replace(/^@/, ""));
      return;
    case "type":
      f.type.push(value.toLowerCase());
      return;
    case "tag":
      f.tag.push(value.replace(/^#/, "").toLowerCase());
      return;
    case "in": {
      const kinds = IN_VALUES[value.toLowerCase()];
      if (kinds) f.in.push(...kinds);
      else problems.push(`in:${value}: expected one of ${Object.keys(IN_VALUES).join(", ")}`);
      return;
    }
    case "after":
    case "before": {
      const date = normaliseDate(value);
      if (date) f[field] = date;
      else problems.push(`${field}:${value}: expected a date as YYYY-MM-DD, YYYY-MM or YYYY`);
    }
  }
}

/** `2025` → 2025-01-01, `2025-11` → 2025-11-01; anything but a real calendar date is null. */
export function normaliseDate(value: string): string | null {
  const m = /^(\d{4})(?:[-/](\d{1,2}))?(?:[-/](\d{1,2}))?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo = "1", d = "1"] = [m[1]!, m[2], m[3]];
  const iso = `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso) ? iso : null;
}
