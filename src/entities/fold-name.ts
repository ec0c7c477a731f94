/**
 * A name reduced to what identifies it: no diacritics, lower case, punctuation and dashes as
 * spaces, single spaces (`Rosanne Kincaid–Smith` → `rosanne kincaid smith`).
 */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The whole tokens of a folded name. */
export function nameTokens(name: string): string[] {
  const f = foldName(name);
  return f ? f.split(" ") : [];
}

/**
 * A name as a source writes it, tidied: quotes, `(unknown last name)`-style remarks and a trailing
 * role dropped; an address's local part `tiffany.stonehill` becomes `Tiffany Stonehill`.
 */
export function cleanName(raw: string): string {
  let s = raw.replace(/^["'\s]+|["'\s]+$/g, "").replace(/\s*\([^)]*\)\s*/g, " ").replace(/\s+/g, " ").trim();
  const local = /^([a-z]+)[._]([a-z]+)$/i.exec(s);
  if (local) s = `${title(local[1]!)} ${title(local[2]!)}`;
  return s;
}

function title(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
}
