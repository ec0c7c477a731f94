/**
 * A paragraph links each page once, at its first mention: later mentions of the same page read as
 * plain text ("[[Tomer Hagey|Tomer]] … Tomer to read …"), as in any well-edited wiki page. The
 * backlink is the same; the text is easier to read and its words are the names as said.
 */
export function linkOnce(text: string): string {
  const seen = new Set<string>();
  return text.replace(/\[\[([^\]|]+)(?:\|([^\]]*))?\]\]/g, (link, target: string, shown: string | undefined) => {
    const key = target.trim().toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      return link;
    }
    return shown ?? target;
  });
}
