import fc from "fast-check";
import type { Priority } from "../../src/extract/extraction.ts";

/** The values a generated task line was built from, to compare with what parsing reads. */
export type TaskSpec = {
  line: string;
  status: string;
  words: string[];
  owner: string | null;
  fields: { kind: string; value: string }[];
  blockId: string | null;
};

const date = fc
  .tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const space = fc.constantFrom(" ", " ", "  ", "\t", " \u00a0");
const word = fc.constantFrom("Send", "the", "deck", "to", "café", "naïve", "数据", "[[Raj Patel]]", "50%", "x#y", "http://a.b/c#d", "(draft)", "Q4", "e-mail", "it's", "#inline", "@raj about", "x");
const symbols = { due: ["📅", "📆", "🗓"], scheduled: ["⏳", "⌛"], start: ["🛫"], created: ["➕"], done: ["✅"], cancelled: ["❌"] } as const;
const PRIORITY: Record<Priority, string> = { highest: "🔺", high: "⏫", medium: "🔼", low: "🔽", lowest: "⏬" };

/** One trailing field, written with any of Tasks' symbols for it, optional U+FE0F, any spacing. */
const field: fc.Arbitrary<{ kind: string; value: string; text: string }> = fc.oneof(
  ...(Object.keys(symbols) as (keyof typeof symbols)[]).map((kind) =>
    fc
      .tuple(fc.constantFrom(...symbols[kind]), fc.constantFrom("", "\uFE0F"), fc.constantFrom("", " ", "  "), date)
      .map(([s, vs, gap, d]) => ({ kind, value: d, text: `${s}${vs}${gap}${d}` })),
  ),
  fc.constantFrom(...(Object.keys(PRIORITY) as Priority[])).map((p) => ({ kind: "priority", value: p, text: PRIORITY[p] })),
  fc.constantFrom("every week", "every 2 days", "every month on the 1st", "every weekday when done").map((r) => ({ kind: "recurrence", value: r, text: `🔁 ${r}` })),
  fc.constantFrom("delete", "keep").map((v) => ({ kind: "onCompletion", value: v, text: `🏁 ${v}` })),
  fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,7}$/).map((v) => ({ kind: "id", value: v, text: `🆔 ${v}` })),
  fc.constantFrom("abc", "abc,def", "a1, b2").map((v) => ({ kind: "dependsOn", value: v, text: `⛔ ${v}` })),
);
const tag = fc.constantFrom("#task", "#proposed", "#auto", "#project/alpha", "#Ünïcode", "#a_b-c");

/**
 * Task lines as people and Mnemo write them: any indentation, blockquote and list marker, any
 * status character, text (with links, URLs, inline tags), an optional `@Owner`, each field at most
 * once in any order with any spacing, tags anywhere among the fields, an optional block id, and an
 * optional Markdown hard break.
 */
export const taskLine: fc.Arbitrary<TaskSpec> = fc
  .record({
    indent: fc.constantFrom("", "  ", "    ", "\t", "\t\t", "> ", ">", "> > ", ">  ", " > "),
    marker: fc.constantFrom("-", "*", "+", "1.", "12)", "3."),
    markerGap: fc.constantFrom(" ", "  "),
    status: fc.oneof(fc.constantFrom(" ", "x", "X", "/", "-", "?", "R", ">", "!", "]", "["), fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }), fc.constantFrom("🔥", "é", "★")),
    checkboxGap: fc.constantFrom(" ", "  ", " \t"),
    words: fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => (ws[0] === "#inline" ? ["Do", ...ws] : ws)),
    owner: fc.option(fc.constantFrom("Myself", "Raj Patel", "Ana María López", "[[Raj Patel]]", "bo"), { nil: null }),
    fields: fc.uniqueArray(field, { selector: (f) => f.kind, maxLength: 8 }),
    tags: fc.array(fc.tuple(tag, fc.nat({ max: 8 })), { maxLength: 3 }),
    leads: fc.array(space, { minLength: 12, maxLength: 12 }),
    blockId: fc.option(fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9-]{0,9}$/), { nil: null }),
    trailing: fc.constantFrom("", "", "  ", " "),
  })
  .map((r) => {
    // The last word must not be an inline tag or @word: Tasks would read it as a field or owner.
    const words = /^[#@]/.test(r.words.at(-1)!) ? [...r.words, "now"] : r.words;
    let description = words.join(" ");
    if (r.owner) description += ` @${r.owner}`;
    const parts = r.fields.map((f) => ({ kind: f.kind, value: f.value, text: f.text }));
    for (const [t, at] of r.tags) parts.splice(Math.min(at, parts.length), 0, { kind: "tag", value: t, text: t });
    let line = `${r.indent}${r.marker}${r.markerGap}[${r.status}]${r.checkboxGap}${description}`;
    // After a tag, Tasks reads a tab (not a space) as part of the tag, so a tag is followed by a space.
    parts.forEach((p, i) => (line += (parts[i - 1]?.kind === "tag" ? " " : r.leads[i % r.leads.length]!) + p.text));
    if (r.blockId) line += ` ^${r.blockId}`;
    line += r.trailing;
    return {
      line,
      status: r.status,
      words,
      owner: r.owner ? r.owner.replace(/^\[\[|\]\]$/g, "") : null,
      fields: parts.map(({ kind, value }) => ({ kind, value })),
      blockId: r.blockId,
    };
  });
