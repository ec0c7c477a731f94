/** Characters Obsidian cannot carry inside a `[[path#heading]]` link's heading part. */
const UNSAFE = /[[\]|#^]/g;

/**
 * The wiki link that opens a passage: the vault path (without `.md` for notes) and, when the
 * passage sits under a heading, `#heading`.
 */
export function obsidianLink(filePath: string, heading: string | null): string {
  const target = filePath.replace(/\.md$/i, "");
  const h = heading?.replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
  return h ? `[[${target}#${h}]]` : `[[${target}]]`;
}
