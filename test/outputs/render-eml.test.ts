import assert from "node:assert/strict";
import { test } from "node:test";
import { simpleParser } from "mailparser";
import { encodedWords, quotedPrintable, renderEml } from "../../src/outputs/render-eml.ts";

const draft = {
  from: { name: "Dana Whitfield", email: "dana@acme.example" },
  to: [{ name: "Renée Müller", email: "renee@lumenfield.example" }, { name: "Raj Patel, Jr.", email: "raj@northwind.example" }],
  subject: "Re: Q4 pricing – proposal for Café Lumière and a rather long subject that must be folded somewhere",
  date: new Date("2025-11-05T16:02:41Z"),
  messageId: "abc.draft@mnemo.local",
  inReplyTo: "CAF1pricing01@Mail.Northwind.example",
  references: ["root-1@x.example", "CAF1pricing01@Mail.Northwind.example"],
  body: "Hi Renée,\n\nThe price is 12% off = €1.200 — see you Tuesday. \nA very long line that goes on and on beyond the seventy-six character limit of quoted-printable lines.\n",
};

test("a draft is an RFC 5322 message: CRLF, folded headers, encoded words, threading ids, QP body a mail client reads back", async () => {
  const eml = renderEml(draft);
  assert.ok(!/[^\r]\n/.test(eml), "every line ends in CRLF");
  assert.ok(/^[\x00-\x7f]*$/.test(eml), "7-bit clean");
  for (const line of eml.split("\r\n")) assert.ok(line.length <= 78, `line too long: ${line}`);
  const header = eml.slice(0, eml.indexOf("\r\n\r\n"));
  assert.match(header, /^In-Reply-To: <CAF1pricing01@Mail\.Northwind\.example>$/m, "ids keep their case");
  assert.match(header, /^X-Unsent: 1$/m);
  assert.match(header, /^Subject: =\?UTF-8\?B\?/m);
  assert.match(header, /^To: =\?UTF-8\?B\?[^\r]*<renee@lumenfield\.example>,\r\n "Raj Patel, Jr\." <raj@northwind\.example>$/m);

  const parsed = await simpleParser(Buffer.from(eml));
  assert.equal(parsed.subject, draft.subject);
  assert.equal(parsed.inReplyTo, "<CAF1pricing01@Mail.Northwind.example>");
  assert.deepEqual(parsed.references, ["<root-1@x.example>", "<CAF1pricing01@Mail.Northwind.example>"]);
  assert.equal(parsed.messageId, "<abc.draft@mnemo.local>");
  const to = Array.isArray(parsed.to) ? parsed.to[0]! : parsed.to!;
  assert.deepEqual(to.value.map((a) => [a.name, a.address]), [["Renée Müller", "renee@lumenfield.example"], ["Raj Patel, Jr.", "raj@northwind.example"]]);
  assert.equal(parsed.date?.toISOString(), "2025-11-05T16:02:41.000Z");
  assert.equal(parsed.text?.replace(/\r\n/g, "\n").trimEnd(), draft.body.trimEnd());
});

test("encoded words never split a character and stay within 75 characters", () => {
  const words = encodedWords("Grüße aus Köln — 東京の会議について".repeat(3));
  for (const w of words) {
    assert.ok(w.length <= 75, w);
    const m = /^=\?UTF-8\?B\?(.*)\?=$/.exec(w)!;
    assert.ok(!Buffer.from(m[1]!, "base64").toString("utf8").includes("\uFFFD"));
  }
  assert.equal(words.map((w) => Buffer.from(w.slice(10, -2), "base64").toString("utf8")).join(""), "Grüße aus Köln — 東京の会議について".repeat(3));
});

test("quoted-printable encodes '=', non-ASCII and trailing space, with soft breaks", () => {
  assert.equal(quotedPrintable("a=b é "), "a=3Db =C3=A9=20");
  const long = quotedPrintable("x".repeat(100));
  assert.deepEqual(long.split("\r\n").map((l) => l.length), [76, 25]);
  assert.ok(long.split("\r\n")[0]!.endsWith("="));
});
