import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeTextDetailed } from "../../src/sources/decode-text.ts";
import { repairMojibake } from "../../src/sources/repair-mojibake.ts";
import { parseSourceBytes } from "../../src/sources/read-source.ts";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

test("UTF-8 once read as Windows-1252 is repaired", () => {
  assert.deepEqual(repairMojibake("Itâ€™s fine â€” really"), { text: "It’s fine — really", repaired: 2 });
  assert.equal(repairMojibake("CafÃ© in SÃ£o Paulo").text, "Café in São Paulo");
  assert.equal(repairMojibake("Smile ðŸ˜€ Â© 2025").text, "Smile 😀 © 2025");
});

test("UTF-8 once read as Mac Roman is repaired", () => {
  assert.deepEqual(repairMojibake("Priority ‚è´ high"), { text: "Priority ⏫ high", repaired: 1 });
  assert.equal(repairMojibake("Don‚Äôt wait‚Ä¶").text, "Don’t wait…");
});

test("correct text is left exactly as it is", () => {
  const samples = [
    "Café naïve “quoted” — ½ Zürich São Paulo ⏫ 😀 Ångström Œuvre Straße",
    "résumé Ärger ÉTÉ €5 · ± °C, Dana’s “plan” … done",
    "Ελληνικά, русский, 日本語, العربية",
  ];
  for (const s of samples) assert.deepEqual(repairMojibake(s), { text: s, repaired: 0 });
});

test("decoding repairs mojibake in a valid UTF-8 file and says so", () => {
  const decoded = decodeTextDetailed(utf8("Dana: the plan isnâ€™t final ‚è´\r\n"), "chat.txt");
  assert.deepEqual(decoded, { text: "Dana: the plan isn’t final ⏫\n", encoding: "utf-8", repaired: 2 });
  const doc = parseSourceBytes(utf8("Dana: the plan isnâ€™t final.\nRaj: Agreed.\n"), "chat.txt");
  assert.equal(doc.segments[0]?.text, "the plan isn’t final.");
  assert.match(doc.warnings.join("\n"), /repaired 1 mis-decoded character/);
});

test("Mac Roman files are read as Mac Roman, Windows-1252 files as Windows-1252", () => {
  // "Café – don’t “wait”…" in Mac Roman: é 0x8E, – 0xD0, ’ 0xD5, “ 0xD2, ” 0xD3, … 0xC9.
  const mac = new Uint8Array([...utf8("Caf"), 0x8e, 0x20, 0xd0, ...utf8(" don"), 0xd5, ...utf8("t "), 0xd2, ...utf8("wait"), 0xd3, 0xc9, 0x0a]);
  assert.deepEqual(decodeTextDetailed(mac, "a.txt"), { text: "Café – don’t “wait”…\n", encoding: "macintosh" });
  // The same words in Windows-1252: é 0xE9, – 0x96, ’ 0x92, “ 0x93, ” 0x94, … 0x85.
  const win = new Uint8Array([...utf8("Caf"), 0xe9, 0x20, 0x96, ...utf8(" don"), 0x92, ...utf8("t "), 0x93, ...utf8("wait"), 0x94, 0x85, 0x0a]);
  assert.deepEqual(decodeTextDetailed(win, "a.txt"), { text: "Café – don’t “wait”…\n", encoding: "windows-1252" });
  // Bytes Windows-1252 leaves undefined (0x8D = ç, 0x9D = ù in Mac Roman) can only be Mac Roman.
  assert.equal(decodeTextDetailed(new Uint8Array([...utf8("Gar"), 0x8d, ...utf8("on o"), 0x9d, 0x0a]), "a.txt").text, "Garçon où\n");
  const doc = parseSourceBytes(new Uint8Array([...utf8("Dana: Caf"), 0x8e, ...utf8(" at nine?\nMarco: Sure.\n")]), "chat.txt");
  assert.equal(doc.segments[0]?.text, "Café at nine?");
  assert.deepEqual(doc.warnings, ["not valid UTF-8; read as Mac Roman"]);
});
