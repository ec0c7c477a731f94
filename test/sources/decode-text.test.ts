import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeText, decodeTextDetailed } from "../../src/sources/decode-text.ts";
import { SourceError } from "../../src/sources/source-error.ts";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function utf16(s: string, order: "le" | "be", bom: boolean): Uint8Array {
  const out: number[] = bom ? (order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (order === "le") out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}

function failsWith(bytes: Uint8Array, code: string, message?: RegExp, fileName = "input.txt"): void {
  assert.throws(
    () => decodeText(bytes, fileName),
    (error: unknown) => {
      assert.ok(error instanceof SourceError, `expected SourceError, got ${String(error)}`);
      assert.equal(error.code, code);
      assert.ok(!error.message.includes("\n"), "message is one line");
      if (message !== undefined) assert.match(error.message, message);
      return true;
    },
  );
}

test("UTF-8 with and without BOM decodes to the same text", () => {
  const text = "Zoë: Café at 9 — “ok”";
  assert.equal(decodeText(utf8(text), "a.txt"), text);
  assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), "a.txt"), text);
});

test("CRLF and bare CR line endings become LF", () => {
  assert.equal(decodeText(utf8("one\r\ntwo\r\n"), "a.txt"), "one\ntwo\n");
  assert.equal(decodeText(utf8("one\rtwo\rthree"), "a.txt"), "one\ntwo\nthree");
});

test("UTF-16 LE and BE with a BOM", () => {
  const text = "Dana: Grüße\r\nMarco: hi";
  assert.equal(decodeText(utf16(text, "le", true), "a.txt"), "Dana: Grüße\nMarco: hi");
  assert.equal(decodeText(utf16(text, "be", true), "a.txt"), "Dana: Grüße\nMarco: hi");
  assert.equal(decodeTextDetailed(utf16(text, "be", true), "a.txt").encoding, "utf-16be");
});

test("UTF-16 without a BOM is recognised by its NUL pattern", () => {
  const le = decodeTextDetailed(utf16("Dana: hello there\n", "le", false), "a.txt");
  assert.deepEqual(le, { text: "Dana: hello there\n", encoding: "utf-16le" });
  const be = decodeTextDetailed(utf16("Dana: hello there\n", "be", false), "a.txt");
  assert.deepEqual(be, { text: "Dana: hello there\n", encoding: "utf-16be" });
});

test("invalid UTF-8 that looks like text is read as Windows-1252", () => {
  // "Café “quoted” – 5€" in Windows-1252
  const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x35, 0x80, 0x0a]);
  assert.deepEqual(decodeTextDetailed(bytes, "a.txt"), { text: "Café “q” – 5€\n", encoding: "windows-1252" });
});

test("empty and whitespace-only files are 'empty'", () => {
  failsWith(new Uint8Array(0), "empty", /file is empty/);
  failsWith(utf8(" \n\t\r\n  "), "empty", /only whitespace/);
  failsWith(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]), "empty");
});

test("a PNG image is 'binary' and says so", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
  failsWith(png, "binary", /^binary data \(PNG image\), not text$/, "screenshot.txt");
});

test("a zip (e.g. .docx) and unknown NUL-laden data are 'binary'", () => {
  failsWith(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), "binary", /ZIP archive, e\.g\. a \.docx file/, "notes.docx");
  failsWith(new Uint8Array([0x01, 0x00, 0x00, 0x07, 0x41, 0x00, 0x00, 0x00, 0xff, 0x10]), "binary", /NUL/);
});

test("mostly control bytes is 'binary'", () => {
  const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)));
  failsWith(bytes, "binary");
});

test("UTF-8 cut off in the middle of a character is 'truncated'", () => {
  const full = utf8("Meeting notes: naïve café €");
  failsWith(full.subarray(0, full.length - 1), "truncated", /ends in the middle of a UTF-8 character: the file looks truncated/);
  failsWith(full.subarray(0, full.length - 2), "truncated");
});

test("UTF-16 with an odd number of bytes is 'truncated'", () => {
  const bytes = utf16("Hello there", "le", true);
  failsWith(bytes.subarray(0, bytes.length - 1), "truncated");
});

test("bytes that are neither UTF-8 nor plausible Windows-1252 are 'undecodable'", () => {
  // 0x81/0x8D/0x9D are undefined in Windows-1252; many high bytes in a row.
  const bytes = new Uint8Array([0x48, 0x69, 0x20, 0x81, 0x8d, 0x9d, 0xc0, 0xc1, 0x81, 0x8d, 0x0a]);
  failsWith(bytes, "undecodable", /not valid UTF-8/);
});
