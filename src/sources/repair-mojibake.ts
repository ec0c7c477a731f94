import { charsetTable, type SingleByteCharset } from "./single-byte-charsets.ts";

export type MojibakeRepair = { text: string; repaired: number };

type Pass = { charset: SingleByteCharset; length: "long" | "short" };

/**
 * The order repairs are tried in: three- and four-byte sequences first (so that the tail `Ä¶` of Mac
 * Roman's `‚Ä¶` is not taken for Windows-1252's two-byte `Ķ`), Windows-1252 before Mac Roman.
 */
const PASSES: readonly Pass[] = [
  { charset: "windows-1252", length: "long" },
  { charset: "macintosh", length: "long" },
  { charset: "windows-1252", length: "short" },
  { charset: "macintosh", length: "short" },
];

const patterns = new Map<string, RegExp>();

/**
 * Undoes UTF-8 text that was once decoded as Windows-1252 or Mac Roman and saved again: `â€™` → `’`,
 * `Ã©` → `é`, `ðŸ˜€` → `😀`, `‚è´` → `⏫`, `‚Äô` → `’`. Only a run of characters that re-encodes to one
 * complete UTF-8 sequence is replaced, and two-byte sequences only when they give a Latin letter or sign
 * (U+00A0–U+024F), so correct text (`Café`, `naïve`, `“quoted”`, `½`) is left alone.
 */
export function repairMojibake(text: string): MojibakeRepair {
  let repaired = 0;
  let out = text;
  for (const { charset, length } of PASSES) {
    const pattern = candidatePattern(charset, length);
    pattern.lastIndex = 0;
    if (!pattern.test(out)) continue;
    pattern.lastIndex = 0;
    const { encodeHigh } = charsetTable(charset);
    out = out.replace(pattern, (run) => {
      const fixed = decodeSequence(run, encodeHigh);
      if (fixed === null) return run;
      repaired++;
      return fixed;
    });
  }
  return { text: out, repaired };
}

/** The one character that `run`, re-encoded in the charset, is the UTF-8 encoding of; null when it is not. */
function decodeSequence(run: string, encodeHigh: ReadonlyMap<string, number>): string | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const b = encodeHigh.get(run[i] ?? "");
    if (b === undefined) return null;
    bytes[i] = b;
  }
  let decoded: string;
  try {
    decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const cp = decoded.codePointAt(0) ?? 0;
  if (bytes.length === 2) return cp >= 0xa0 && cp <= 0x24f ? decoded : null;
  // Private-use characters are what an Apple-logo lead byte would give; not a plausible original.
  if (cp >= 0xe000 && cp <= 0xf8ff) return null;
  return decoded;
}

/** A lead character followed by exactly the number of continuation characters its UTF-8 byte announces. */
function candidatePattern(charset: SingleByteCharset, length: Pass["length"]): RegExp {
  const key = `${charset}/${length}`;
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    const { decode } = charsetTable(charset);
    const cls = (from: number, to: number): string => {
      let s = "";
      for (let b = from; b <= to; b++) s += `\\u{${(decode[b] ?? "").codePointAt(0)?.toString(16)}}`;
      return `[${s}]`;
    };
    const cont = cls(0x80, 0xbf);
    const source = length === "short" ? `${cls(0xc2, 0xdf)}${cont}` : `${cls(0xe0, 0xef)}${cont}{2}|${cls(0xf0, 0xf4)}${cont}{3}`;
    pattern = new RegExp(source, "gu");
    patterns.set(key, pattern);
  }
  return pattern;
}
