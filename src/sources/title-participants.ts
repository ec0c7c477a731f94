const ONE_ON_ONE = /^(?:1\s*[:\-–—x]\s*1|1\s*on\s*1|one[\s-]on[\s-]one)$/i;
const NAME = /^\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3}$/u;

/**
 * Attendee names a title itself gives: `1:1 — Lior — 2025-10-30`, `1-1 - Jai Menon - 2025-09-22`,
 * `1:1 with Dana Ruiz`. Other titles (`20251029 1005 Parallels Transcription`) give none.
 */
export function titleParticipants(title: string | null): string[] {
  if (title === null) return [];
  const t = title.trim();
  const withMatch = /^(?:1\s*[:\-–—x]\s*1|1\s*on\s*1|one[\s-]on[\s-]one)\s+(?:with\s+)?(.+)$/i.exec(t);
  let parts: string[];
  if (/\s[—–-]\s|\s*\|\s*/.test(t)) {
    parts = t.split(/\s+[—–-]\s+|\s*\|\s*/).map((p) => p.trim());
    if (!parts.some((p) => ONE_ON_ONE.test(p))) return [];
    parts = parts.filter((p) => !ONE_ON_ONE.test(p));
  } else if (withMatch?.[1] !== undefined) {
    parts = [withMatch[1]];
  } else {
    return [];
  }
  const names: string[] = [];
  for (const part of parts) {
    for (const piece of part.split(/\s*(?:\/|&|,|\band\b)\s*/)) {
      const name = piece.replace(/^with\s+/i, "").trim();
      if (name === "" || /\d/.test(name) || !NAME.test(name)) continue;
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}
