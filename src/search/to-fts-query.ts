import type { QueryTerm } from "./parse-search-query.ts";

/**
 * An FTS5 MATCH expression from the user's terms, with every term a quoted FTS5 string (a `"`
 * inside is doubled), so nothing the user types is read as query syntax: `-`, `:`, `(`, `*`,
 * `NEAR`, `AND` are just text. `all` joins the positive terms with AND, else with OR; excluded
 * terms follow as NOT. Null when no positive term is left (FTS5 cannot match on NOT alone).
 */
export function toFtsQuery(terms: readonly QueryTerm[], join: "all" | "any" = "all"): string | null {
  const quote = (t: QueryTerm) => `"${t.text.replace(/"/g, '""')}"${t.prefix ? "*" : ""}`;
  const positive = terms.filter((t) => !t.negate).map(quote);
  if (positive.length === 0) return null;
  const negative = terms.filter((t) => t.negate).map(quote);
  const head = join === "all" || positive.length === 1 ? positive.join(" ") : `(${positive.join(" OR ")})`;
  return negative.length ? `${head} NOT ${negative.join(" NOT ")}` : head;
}
