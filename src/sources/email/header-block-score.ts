/** A header field line: a name of printable characters without spaces or colons, then `:`. */
const FIELD = /^[!-9;-~]+:/;
const KNOWN = /^(?:from|to|cc|date|subject|message-id|mime-version|received|return-path|reply-to|in-reply-to|references|content-type|delivered-to|x-[a-z0-9-]+|dkim-signature|sender|list-[a-z-]+)$/i;

/**
 * How much `text` (the start of a file, any line ends) looks like an RFC 822 header block: field lines
 * and folded continuations up to a blank line, with a `From:` and at least one of `Date:`,
 * `Subject:`, `Message-ID:`, `MIME-Version:`. 0.95 for such a block, 0.6 for a block of known fields
 * without them, 0 otherwise.
 */
export function headerBlockScore(text: string): number {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const names = new Set<string>();
  let fields = 0;
  let known = 0;
  for (const [index, line] of lines.entries()) {
    if (line === "") break;
    if (/^[ \t]/.test(line) && index > 0) continue;
    if (!FIELD.test(line)) return 0;
    const name = line.slice(0, line.indexOf(":")).toLowerCase();
    names.add(name);
    fields++;
    if (KNOWN.test(name)) known++;
    if (index > 2000) return 0;
  }
  if (fields === 0) return 0;
  const strong = names.has("from") && ["date", "subject", "message-id", "mime-version"].some((name) => names.has(name));
  if (strong) return 0.95;
  return known >= 2 && known === fields ? 0.6 : 0;
}
