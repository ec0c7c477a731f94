/** Turns a title into a file name Obsidian, macOS, Windows and Linux all accept, ≤ `max` characters. */
export function safeFileName(title: string, max = 90): string {
  let s = title
    .replace(/(\d):(\d)/g, "$1-$2")
    .replace(/[\\/:*?"<>|#^[\]{}]/g, " ")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "")
    .replace(/[.,;:\s-]+$/, "");
  if (s.length > max) {
    const cut = s.slice(0, max);
    const space = cut.lastIndexOf(" ");
    s = (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[. ,;-]+$/, "");
  }
  return s || "Untitled";
}

/** `base.md`, else `base (2).md`, `base (3).md` … whichever is not taken. */
export function firstFreePath(dir: string, base: string, ext: string, taken: (p: string) => boolean): string {
  for (let n = 1; ; n++) {
    const candidate = `${dir}/${n === 1 ? base : `${base} (${n})`}${ext}`;
    if (!taken(candidate)) return candidate;
  }
}

/** Splits `name.ext` into base and extension (`.ext`, possibly empty). */
export function splitExt(fileName: string): { base: string; ext: string } {
  const dot = fileName.lastIndexOf(".");
  if (dot <= 0) return { base: fileName, ext: "" };
  return { base: fileName.slice(0, dot), ext: fileName.slice(dot) };
}
