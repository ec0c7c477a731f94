/**
 * Names a watched inbox never ingests: hidden files (also iCloud's `.name.icloud` placeholders and
 * Mnemo's own temp files), Office lock files (`~$…`), and what browsers, sync clients and editors
 * write while a file is still arriving (`.tmp`, `.part`, `.crdownload`, `.download`, `.partial`, `~`).
 */
const PARTIAL = /\.(?:icloud|tmp|temp|part|partial|crdownload|download|opdownload|swp|sb-[0-9a-f]+-\w+)$|~$/i;
const SYSTEM = new Set(["desktop.ini", "thumbs.db", "icon\r"]);

export function isIgnoredName(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$") || name.startsWith("_") || name.endsWith(".error.txt") || PARTIAL.test(name) || SYSTEM.has(name.toLowerCase());
}
