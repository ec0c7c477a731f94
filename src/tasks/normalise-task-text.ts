/** Task text reduced for matching: lower case, `[[links]]` as their names, letters and digits only. */
export function normaliseTaskText(s: string): string {
  const lower = s.includes("[[") ? s.toLowerCase().replace(/\[\[([^\]|]*)(\|[^\]]*)?\]\]/g, "$1") : s.toLowerCase();
  return asciiWords(lower) ?? lower.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** The same reduction for plain ASCII text, in one pass (most task text); null for other text. */
function asciiWords(s: string): string | null {
  let out = "";
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return null;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out) out += " ";
      out += s[i];
      gap = false;
    } else gap = true;
  }
  return out;
}
