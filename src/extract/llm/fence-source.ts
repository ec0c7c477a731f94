/**
 * Source text wrapped in `<source>` tags as data. Any `<source>` or `</source>` tag inside the text
 * (in any case or spacing) has its `<` replaced by `‹`, so the text can never close the fence early
 * and pose as instructions outside it.
 */
export function fenceSource(text: string): string {
  return `<source>\n${text.replace(/<(\s*\/?\s*source\b)/gi, "‹$1")}\n</source>`;
}
