const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'" };
const HTML_BREAK = /<\s*(?:br\s*\/?|\/p|\/div|\/li|\/tr)\s*>/gi;
const HTML_TAG = /<\s*\/?\s*(?:p|div|span|b|i|u|em|strong|font|table|tbody|tr|td|th|ul|ol|li|img|a|html|body|head|meta|style|center|blockquote|hr)(?:\s[^<>]*)?\/?>/gi;

/**
 * Makes mail text uniform before any cutting: LF line ends (also from bare CR and U+2028), plain spaces
 * for no-break spaces, no BOM or zero-width characters, and no leftover HTML tags or entities.
 */
export function normalizeEmailText(text: string): string {
  return text
    .replace(/[\u2028\u2029](?=\r|\n)/g, "")
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/[\uFEFF\u200B-\u200D\u2060\u00AD]/g, "")
    .replace(/[\u00A0\u202F\u2007\u2009]/g, " ")
    .replace(HTML_BREAK, "\n")
    .replace(HTML_TAG, "")
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/g, (_match, name: string) => ENTITIES[name] ?? "")
    .replace(/&#(\d{2,5});/g, (_match, code: string) => String.fromCodePoint(Number(code)));
}
