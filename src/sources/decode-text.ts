import { repairMojibake } from "./repair-mojibake.ts";
import { decodeSingleByte, type SingleByteCharset } from "./single-byte-charsets.ts";
import { SourceError } from "./source-error.ts";

/** The encoding a file was read in; `read-source` mentions the unusual ones as a warning. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | SingleByteCharset;

export type DecodedText = {
  text: string;
  encoding: TextEncodingName;
  /** Characters of mojibake (UTF-8 once read as Windows-1252 or Mac Roman) put right; see `repairMojibake`. */
  repaired?: number;
};

/**
 * Bytes of an input file to text with `\n` line endings, or a `SourceError` saying plainly why not.
 * UTF-8 (with or without BOM), UTF-16 LE/BE (by BOM, or by the NUL pattern of mostly-ASCII text),
 * and Windows-1252 or Mac Roman when the bytes are not valid UTF-8 but still look like text.
 * Mojibake already in the text (`â€™`, `‚è´`) is repaired.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  return decodeTextDetailed(bytes, fileName).text;
}

/** `decodeText` plus the encoding it used. */
export function decodeTextDetailed(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) throw new SourceError("empty", "file is empty");
  const decoded = decodeRaw(bytes, fileName);
  let text = decoded.text.replace(/^\uFEFF/, "");
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (!/\S/.test(text)) throw new SourceError("empty", "file is empty: it holds only whitespace");
  const { text: repairedText, repaired } = repairMojibake(text);
  return repaired > 0 ? { text: repairedText, encoding: decoded.encoding, repaired } : { text, encoding: decoded.encoding };
}

function decodeRaw(bytes: Uint8Array, fileName: string): DecodedText {
  // UTF-32 BOMs first: FF FE 00 00 would otherwise read as UTF-16 LE.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new SourceError("undecodable", "UTF-32 encoded text, which Mnemo does not read (save it as UTF-8)");
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeUtf8(bytes.subarray(3), fileName), encoding: "utf-8" };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeUtf16(bytes.subarray(2), "utf-16le", fileName), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeUtf16(bytes.subarray(2), "utf-16be", fileName), encoding: "utf-16be" };

  const kind = binarySignature(bytes, fileName);
  if (kind !== null) throw new SourceError("binary", `binary data (${kind}), not text`);

  if (bytes.includes(0)) {
    const guess = utf16ByNulPattern(bytes);
    if (guess === null) throw new SourceError("binary", `binary data (contains NUL bytes${extensionNote(fileName)}), not text`);
    return { text: decodeUtf16(bytes, guess, fileName), encoding: guess };
  }

  const check = validateUtf8(bytes);
  if (check.ok) return { text: decodeUtf8(bytes, fileName), encoding: "utf-8" };
  if (check.truncated) {
    throw new SourceError("truncated", "ends in the middle of a UTF-8 character: the file looks truncated");
  }
  if (controlRatio(latin1View(bytes)) > 0.1) {
    throw new SourceError("binary", `binary data (mostly control bytes${extensionNote(fileName)}), not text`);
  }
  const charset = singleByteCharset(bytes);
  if (charset !== null) return { text: decodeSingleByte(bytes, charset), encoding: charset };
  throw new SourceError(
    "undecodable",
    `not valid UTF-8 (bad byte 0x${hex(bytes[check.offset] ?? 0)} at offset ${check.offset}) and not readable as Windows-1252 or Mac Roman text`,
  );
}

function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  const check = validateUtf8(bytes);
  if (!check.ok) {
    if (check.truncated) throw new SourceError("truncated", "ends in the middle of a UTF-8 character: the file looks truncated");
    throw new SourceError(
      "undecodable",
      `starts with a UTF-8 byte order mark but is not valid UTF-8 (bad byte 0x${hex(bytes[check.offset] ?? 0)} at offset ${check.offset})`,
    );
  }
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  rejectControlHeavy(text, fileName);
  return text;
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", fileName: string): string {
  const label = encoding === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE";
  if (bytes.length % 2 === 1) {
    throw new SourceError("truncated", `${label} text with an odd number of bytes: the file looks truncated`);
  }
  const unitAt = (i: number): number =>
    encoding === "utf-16le" ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
  if (bytes.length >= 2) {
    const last = unitAt(bytes.length - 2);
    if (last >= 0xd800 && last <= 0xdbff) {
      throw new SourceError("truncated", `ends in the middle of a ${label} character: the file looks truncated`);
    }
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new SourceError("undecodable", `looks like ${label} text but contains invalid characters`);
  }
  if (text.includes("\u0000")) throw new SourceError("binary", `binary data (NUL characters in ${label} text${extensionNote(fileName)}), not text`);
  rejectControlHeavy(text, fileName);
  return text;
}

function rejectControlHeavy(text: string, fileName: string): void {
  if (controlRatio(text) > 0.1) {
    throw new SourceError("binary", `binary data (mostly control characters${extensionNote(fileName)}), not text`);
  }
}

/** Share of control characters (other than tab, newline, CR, form feed, vertical tab) in the first 16k characters. */
function controlRatio(text: string): number {
  const sample = text.slice(0, 16384);
  if (sample.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) || c === 0x7f) control++;
  }
  return control / sample.length;
}

type Utf8Check = { ok: true } | { ok: false; truncated: boolean; offset: number };

/** Strict UTF-8 validation that tells a sequence cut off by the end of the file from a bad byte. */
function validateUtf8(bytes: Uint8Array): Utf8Check {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return { ok: false, truncated: false, offset: i };
    }
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return { ok: false, truncated: true, offset: i };
      const c = bytes[i + k] ?? 0;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) return { ok: false, truncated: false, offset: i };
    }
    i += need + 1;
  }
  return { ok: true };
}

/**
 * The 8-bit encoding that reads non-UTF-8 `bytes` as the most plausible text, or null when neither
 * does: mostly ASCII, and Windows-1252 unless its reading shows more signs of a wrong guess than Mac
 * Roman's (an accented capital inside a lowercase word, `CafŽ`, `donÕt`; a symbol between letters, `S¸re`).
 */
function singleByteCharset(bytes: Uint8Array): SingleByteCharset | null {
  let high = 0;
  let cp1252Undefined = false;
  for (const b of bytes) {
    if (b >= 0x80) high++;
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) cp1252Undefined = true;
  }
  if (high / bytes.length >= 0.5) return null;
  if (cp1252Undefined) return "macintosh";
  const sample = bytes.subarray(0, 1 << 20);
  return oddities(sample, "macintosh") < oddities(sample, "windows-1252") ? "macintosh" : "windows-1252";
}

/** How many non-ASCII characters of `bytes` read in `charset` sit where real text would not have them. */
function oddities(bytes: Uint8Array, charset: SingleByteCharset): number {
  const text = decodeSingleByte(bytes, charset);
  const isLetter = (c: string): boolean => /\p{L}/u.test(c);
  const isLower = (c: string): boolean => /\p{Ll}/u.test(c);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (c.charCodeAt(0) < 0x80) continue;
    const prev = text[i - 1] ?? " ";
    const next = text[i + 1] ?? " ";
    if (/[\u0080-\u009f]/.test(c)) count += 5;
    else if (/\p{Lu}/u.test(c)) {
      if (isLetter(prev) && (isLower(prev) || isLower(next))) count++;
    } else if (!isLetter(c) && isLetter(prev) && isLetter(next) && !/[’'·‑-]/.test(c)) {
      count++;
    }
  }
  return count;
}

function latin1View(bytes: Uint8Array): string {
  let s = "";
  const end = Math.min(bytes.length, 16384);
  for (let i = 0; i < end; i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

/**
 * UTF-16 without BOM: mostly-ASCII text has a NUL in every other byte (odd positions for LE,
 * even positions for BE) and hardly any on the other side.
 */
function utf16ByNulPattern(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const end = Math.min(bytes.length, 8192) & ~1;
  if (end < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const half = end / 2;
  if (oddNul / half >= 0.4 && evenNul / half <= 0.02) return "utf-16le";
  if (evenNul / half >= 0.4 && oddNul / half <= 0.02) return "utf-16be";
  return null;
}

/** Name of a well-known binary format recognised by its first bytes, or null. */
function binarySignature(bytes: Uint8Array, fileName: string): string | null {
  const ascii = (offset: number, s: string): boolean => {
    for (let i = 0; i < s.length; i++) if (bytes[offset + i] !== s.charCodeAt(i)) return false;
    return true;
  };
  const ext = extensionOf(fileName);
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "PNG image";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "JPEG image";
  if (ascii(0, "GIF87a") || ascii(0, "GIF89a")) return "GIF image";
  if (ascii(0, "%PDF-")) return "PDF document";
  if (ascii(0, "PK\u0003\u0004") || ascii(0, "PK\u0005\u0006") || ascii(0, "PK\u0007\u0008")) {
    return ext !== null && ext !== "zip" ? `ZIP archive, e.g. a .${ext} file` : "ZIP archive";
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "Microsoft Office or Outlook file";
  if (startsWith(bytes, [0x1f, 0x8b])) return "gzip archive";
  if (ascii(0, "7z\u00bc\u00af\u0027\u001c")) return "7-Zip archive";
  if (ascii(0, "Rar!")) return "RAR archive";
  if (ascii(0, "ID3") || startsWith(bytes, [0xff, 0xfb]) || startsWith(bytes, [0xff, 0xf3]) || startsWith(bytes, [0xff, 0xf2])) {
    return "MP3 audio";
  }
  if (ascii(4, "ftyp")) return "MP4/M4A audio or video";
  if (ascii(0, "RIFF") && ascii(8, "WAVE")) return "WAV audio";
  if (ascii(0, "OggS")) return "Ogg audio";
  if (ascii(0, "fLaC")) return "FLAC audio";
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return "Matroska/WebM video";
  if (ascii(0, "\u007fELF")) return "executable";
  if (ascii(0, "SQLite format 3\u0000")) return "SQLite database";
  if (ascii(0, "bplist00")) return "binary property list";
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function extensionOf(fileName: string): string | null {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(fileName);
  return m?.[1] ? m[1].toLowerCase() : null;
}

function extensionNote(fileName: string): string {
  const ext = extensionOf(fileName);
  return ext === null ? "" : `, .${ext} file`;
}

function hex(b: number): string {
  return b.toString(16).toUpperCase().padStart(2, "0");
}
