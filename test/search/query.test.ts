import assert from "node:assert/strict";
import { test } from "node:test";
import Database from "better-sqlite3";
import { highlight } from "../../src/search/highlight.ts";
import { obsidianLink } from "../../src/search/obsidian-link.ts";
import { parseSearchQuery } from "../../src/search/parse-search-query.ts";
import { toFtsQuery } from "../../src/search/to-fts-query.ts";

test("parseSearchQuery reads words, phrases, exclusions, prefixes and every filter", () => {
  const q = parseSearchQuery('pricing "per seat" -discount renew* person:"Raj Patel" account:Acme type:Meeting tag:#project after:2025-10 before:2026 in:decisions http://x.io');
  assert.deepEqual(q.problems, []);
  assert.deepEqual(
    q.terms.map((t) => [t.text, t.phrase, t.prefix, t.negate]),
    [
      ["pricing", false, false, false],
      ["per seat", true, false, false],
      ["discount", false, false, true],
      ["renew", false, true, false],
      ["http://x.io", false, false, false],
    ],
  );
  assert.deepEqual(q.filters, { person: ["Raj Patel"], account: ["Acme"], type: ["meeting"], tag: ["project"], in: ["decisions"], after: "2025-10-01", before: "2026-01-01" });
});

test("bad filter values are problems, not exceptions", () => {
  for (const [input, problem] of [
    ["after:yesterday", /after:yesterday: expected a date/],
    ["before:2025-02-30", /before:2025-02-30: expected a date/],
    ["in:everything", /in:everything: expected one of tasks, decisions, facts/],
    ['person:""', /person: needs a value/],
  ] as const) {
    assert.match(parseSearchQuery(input).problems.join("\n"), problem, input);
  }
});

test("toFtsQuery quotes every term, so no input is FTS5 syntax or crashes SQLite", () => {
  const db = new Database(":memory:");
  db.exec("CREATE VIRTUAL TABLE t USING fts5 (body, tokenize = 'porter unicode61'); INSERT INTO t VALUES ('say \"hi\" to the follow-up team NEAR the AND gate'), ('other text');");
  const count = (input: string) => {
    const match = toFtsQuery(parseSearchQuery(input).terms);
    return match === null ? null : (db.prepare("SELECT count(*) AS n FROM t WHERE t MATCH ?").get(match) as { n: number }).n;
  };
  for (const nasty of ['"', '""', 'say "hi', "-", "--", "follow-up", "NEAR(", "AND", "OR NOT", "body:hi", "*", "a*b", "(", "^team", "'; DROP TABLE t; --"]) {
    assert.doesNotThrow(() => count(nasty), nasty);
  }
  assert.equal(count("follow-up"), 1);
  assert.equal(count('say "hi'), 1);
  assert.equal(count("AND gate"), 1, "AND is a word, not an operator");
  assert.equal(count("team -gate"), 0);
  assert.equal(count("-gate"), null, "no positive term: nothing to match");
  const term = (text: string, prefix = false) => ({ text, phrase: false, prefix, negate: false });
  assert.equal(toFtsQuery([term("a"), term('b"c'), term("d", true)], "any"), '("a" OR "b""c" OR "d"*)');
});

test("highlight marks matches in ANSI bold on a terminal and **bold** elsewhere", () => {
  const s = "the \u0002price\u0003 per \u0002seat\u0003";
  assert.equal(highlight(s, false), "the **price** per **seat**");
  assert.equal(highlight(s, true), "the \x1b[1mprice\x1b[22m per \x1b[1mseat\x1b[22m");
});

test("obsidianLink: notes lose .md, headings follow #, characters links cannot hold are dropped", () => {
  assert.equal(obsidianLink("Meetings/2025/2025-11-05 - Pricing.md", "Decisions"), "[[Meetings/2025/2025-11-05 - Pricing#Decisions]]");
  assert.equal(obsidianLink("Sources/Transcripts/2025/a.vtt", null), "[[Sources/Transcripts/2025/a.vtt]]");
  assert.equal(obsidianLink("a.md", "Q&A [draft] | v2"), "[[a#Q&A draft v2]]");
});
