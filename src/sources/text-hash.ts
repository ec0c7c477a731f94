import { createHash } from "node:crypto";

/** Characters hashed per step: large inputs are normalised piece by piece, never copied whole. */
const CHUNK = 1 << 20;

/**
 * sha256 (hex) of `text` normalised so that re-encoding or re-saving does not change it: a leading
 * BOM dropped, Unicode NFC, every run of whitespace (line endings included) one space, trimmed.
 * The same content as UTF-8 and UTF-16, or with CRLF and LF, gives the same hash.
 */
export function textHash(text: string): string {
  const hash = createHash("sha256");
  let wrote = false;
  let pendingSpace = false;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < text.length) {
    const end = chunkEnd(text, at);
    // A chunk ends at whitespace, which is a normalisation boundary: NFC per chunk equals NFC of the whole.
    let piece = text.slice(at, end).normalize("NFC").replace(/\s+/g, " ");
    if (piece.startsWith(" ")) {
      pendingSpace = true;
      piece = piece.slice(1);
    }
    const endsInSpace = piece.endsWith(" ");
    if (endsInSpace) piece = piece.slice(0, -1);
    if (piece !== "") {
      if (pendingSpace && wrote) hash.update(" ");
      hash.update(piece);
      wrote = true;
      pendingSpace = false;
    }
    if (endsInSpace) pendingSpace = true;
    at = end;
  }
  return hash.digest("hex");
}

/** End of the chunk that starts at `from`: just after a whitespace character near `from + CHUNK`, or the text's end. */
function chunkEnd(text: string, from: number): number {
  const target = from + CHUNK;
  if (target >= text.length) return text.length;
  for (let i = target; i < text.length; i++) if (/\s/.test(text[i] ?? "")) return i + 1;
  return text.length;
}
