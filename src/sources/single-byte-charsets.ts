/** The 8-bit encodings Mnemo reads besides UTF-8 and UTF-16, and into which mojibake is undone. */
export type SingleByteCharset = "windows-1252" | "macintosh";

export type CharsetTable = {
  /** Byte → character. */
  decode: readonly string[];
  /** Character → byte, for the 128 high bytes only (ASCII maps to itself). */
  encodeHigh: ReadonlyMap<string, number>;
};

const tables = new Map<SingleByteCharset, CharsetTable>();

/**
 * Windows-1252 bytes 0x80–0x9F; the five it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the
 * C1 control of the same value, as browsers and most tools that produced mojibake do. Written out
 * because Node 20's TextDecoder reads "windows-1252" as ISO-8859-1.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** The byte ↔ character table of `charset` (Mac Roman from the runtime's WHATWG decoder). */
export function charsetTable(charset: SingleByteCharset): CharsetTable {
  let table = tables.get(charset);
  if (table === undefined) {
    const decode =
      charset === "windows-1252"
        ? Array.from({ length: 256 }, (_, b) => String.fromCodePoint(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b))
        : [...new TextDecoder(charset).decode(new Uint8Array(256).map((_, i) => i))];
    if (decode.length !== 256) throw new Error(`${charset} decoder does not map every byte to one character`);
    const encodeHigh = new Map<string, number>();
    for (let b = 0x80; b < 0x100; b++) encodeHigh.set(decode[b] ?? "", b);
    table = { decode, encodeHigh };
    tables.set(charset, table);
  }
  return table;
}

/** `bytes` read in `charset`. */
export function decodeSingleByte(bytes: Uint8Array, charset: SingleByteCharset): string {
  const { decode } = charsetTable(charset);
  const parts: string[] = [];
  const STEP = 1 << 16;
  for (let at = 0; at < bytes.length; at += STEP) {
    let s = "";
    const end = Math.min(bytes.length, at + STEP);
    for (let i = at; i < end; i++) s += decode[bytes[i] ?? 0];
    parts.push(s);
  }
  return parts.join("");
}
