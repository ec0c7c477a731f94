const VOICE_START = /^<v(?:\.[^\s>]+)*(?:\s+([^>]*))?>/;

const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", lrm: "", rlm: "", ndash: "–", mdash: "—", hellip: "…",
};

export type CuePart = {
  /** Speaker from a WebVTT `<v Name>` voice tag, or null. */
  voice: string | null;
  /** Plain text: tags removed, entities decoded, lines joined by spaces. */
  text: string;
};

/**
 * The text lines of one subtitle cue as speaker parts: a new part starts at each `<v Name>` voice
 * tag and at each line opening with a dialogue dash (`- Hi` / `- Hello` are two speakers).
 */
export function splitCuePayload(lines: readonly string[]): CuePart[] {
  const parts: { voice: string | null; raw: string[] }[] = [];
  for (const line of lines) {
    const pieces = line.split(/(?=<v[\s.>])/);
    pieces.forEach((piece, index) => {
      const voice = VOICE_START.exec(piece);
      const dash = /^\s*-\s+/.test(piece);
      const current = parts[parts.length - 1];
      if (voice !== null) {
        parts.push({ voice: voice[1]?.trim() || null, raw: [piece] });
      } else if (current === undefined || (dash && index === 0)) {
        parts.push({ voice: dash ? null : current?.voice ?? null, raw: [piece.replace(/^\s*-\s+/, "")] });
      } else {
        current.raw.push(piece);
      }
    });
  }
  return parts
    .map((p) => ({ voice: p.voice, text: plainText(p.raw.join(" ")) }))
    .filter((p) => p.text !== "");
}

function plainText(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, " ")
    .replace(/\{\\[^}]*\}/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith("#")) {
        const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}
