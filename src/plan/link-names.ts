/**
 * Wraps whole-word occurrences of each name in `[[ ]]`, longest names first, never inside an
 * existing link and never a substring of a longer word ("Ann" is not linked inside "Annual").
 */
export function linkNames(text: string, names: readonly string[]): string {
  const sorted = [...new Set(names.filter((n) => n.trim().length > 1))].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return text;
  const alternation = sorted.map(escapeRegExp).join("|");
  const pattern = new RegExp(`\\[\\[[^\\]]*\\]\\]|(?<![\\p{L}\\p{N}_])(${alternation})(?![\\p{L}\\p{N}_])`, "gu");
  return text.replace(pattern, (match, name: string | undefined) => (name ? `[[${name}]]` : match));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
