import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseSourceBytes, readSource } from "../../src/sources/read-source.ts";
import { textHash } from "../../src/sources/text-hash.ts";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = s.charCodeAt(i) >> 8;
  }
  return out;
}

test("textHash is sha256 of the text with BOM dropped, NFC, whitespace collapsed and trimmed", () => {
  const expected = createHash("sha256").update("Dana: Café at nine? Marco: Sure.").digest("hex");
  assert.equal(textHash("\uFEFF  Dana: Cafe\u0301 at  nine?\r\n\r\nMarco:\tSure.\n"), expected);
  assert.notEqual(textHash("Dana: Café at nine?"), textHash("Dana: Café at ten?"));
  // Long texts are hashed in pieces; the pieces join exactly like the whole.
  const long = "word  \n".repeat(400_000);
  assert.equal(textHash(long), createHash("sha256").update(long.replace(/\s+/g, " ").trim()).digest("hex"));
});

test("the same transcript in UTF-8 (LF) and UTF-16 (CRLF): same textHash, different contentHash", () => {
  const text = readFileSync(new URL("../fixtures/sources/standup-notes.txt", import.meta.url), "utf8");
  const a = parseSourceBytes(utf8(text), "standup-notes.txt");
  const b = parseSourceBytes(utf16le(text.replace(/\n/g, "\r\n")), "copy of standup.txt");
  assert.equal(a.textHash, b.textHash);
  assert.notEqual(a.contentHash, b.contentHash);
  assert.notEqual(a.textHash, parseSourceBytes(utf8(text.replace("Marco", "Mara")), "x.txt").textHash);
});

test("readSource fills textHash for every document, binary formats included", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mnemo-texthash-"));
  try {
    await writeFile(path.join(dir, "a.md"), "Dana: one\nRaj: two\n");
    await writeFile(path.join(dir, "b.txt"), utf16le("Dana: one\r\nRaj: two\r\n"));
    const [a, b] = [await readSource(path.join(dir, "a.md")), await readSource(path.join(dir, "b.txt"))];
    assert.match(a.textHash, /^[0-9a-f]{64}$/);
    assert.equal(a.textHash, b.textHash);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
