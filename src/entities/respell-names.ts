/**
 * Writes names as the vault spells them: each whole-token occurrence of a key of `spellings`
 * becomes its value (`Koncha` → `Kanchan Mehrotra`), and each of `firstNames` becomes an aliased
 * link (`Kanchan` → `[[Kanchan Mehrotra|Kanchan]]`). Longest names first; never inside a link or
 * a longer word, so `Ann` is left alone in `Annual`.
 */
export function respellNames(text: string, spellings: ReadonlyMap<string, string>, firstNames: ReadonlyMap<string, string> = new Map()): string {
  const all = new Map<string, (m: string) => string>();
  for (const [from, to] of spellings) if (from.trim().length > 1 && from !== to) all.set(from, () => to);
  for (const [first, full] of firstNames) if (first.trim().length > 1 && !all.has(first)) all.set(first, (m) => `[[${full}|${m}]]`);
  // The whole name is left for the note's own linking ("Marcus Lee" → [[Marcus Lee]]), never
  // half-linked by its first name ("[[Marcus Lee|Marcus]] Lee").
  for (const full of new Set(firstNames.values())) if (!all.has(full)) all.set(full, (m) => m);
  if (all.size === 0) return text;
  const keys = [...all.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`\\[\\[[^\\]]*\\]\\]|(?<![\\p{L}\\p{N}_@])(${keys.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}_])`, "gu");
  return text.replace(pattern, (match, name: string | undefined) => (name ? all.get(name)!(name) : match));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
