import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { withBlockId, withDate, withOwner, withPriority, withStatus, withText, withoutTag } from "../../src/tasks/edit-task.ts";
import { parseTaskLine } from "../../src/tasks/parse-task-line.ts";
import { serializeTask } from "../../src/tasks/serialize-task.ts";
import { renderEditedTask } from "../../src/tasks/triage-task.ts";
import { fieldValue, taskBlockId, taskDate, taskOwner, taskPriority, taskTags, taskText, DATE_FIELDS, type Task } from "../../src/tasks/task.ts";
import { taskLine } from "./task-line-arbitrary.ts";

const runs = { numRuns: 1500 };

test("property: every generated task line parses and serializes back to the same bytes", () => {
  fc.assert(
    fc.property(taskLine, ({ line }) => {
      const t = parseTaskLine(line);
      assert.ok(t, line);
      assert.equal(serializeTask(t), line);
      assert.equal(t.originalMarkdown, line);
    }),
    runs,
  );
});

test("property: any text after a checkbox round-trips, however odd", () => {
  const junk = fc.string({ unit: fc.constantFrom("a", " ", "\t", "#", "@", "^", "📅", "⏫", "🔁", "✅", "1", "-", ",", "\uFE0F", "\r", "\u2028", "é", "]", "["), maxLength: 40 });
  fc.assert(
    fc.property(fc.constantFrom("- [ ] ", "> * [x]", "1. [?]", "\t+  [/]\t"), junk, (head, rest) => {
      const t = parseTaskLine(head + rest);
      assert.ok(t);
      assert.equal(serializeTask(t), head + rest);
    }),
    runs,
  );
});

test("property: parsing reads the status, text, owner, every field and the block id it was built from", () => {
  fc.assert(
    fc.property(taskLine, (spec) => {
      const t = parseTaskLine(spec.line)!;
      assert.equal(t.status, spec.status);
      const words = spec.words.filter((w) => !w.startsWith("#")).join(" ");
      assert.equal(taskText(t), words);
      assert.equal(taskOwner(t), spec.owner);
      for (const f of spec.fields) {
        if (f.kind === "tag") assert.ok(taskTags(t).includes(f.value), `${f.value} in ${spec.line}`);
        else assert.equal(fieldValue(t, f.kind as never), f.value, `${f.kind} in ${JSON.stringify(spec.line)}`);
      }
      assert.equal(taskBlockId(t), spec.blockId);
    }),
    runs,
  );
});

type Edit = { name: string; apply: (t: Task) => Task; check: (t: Task) => void };
const date = fc.constantFrom("2025-11-08", "2024-02-29", "2030-01-01");
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constantFrom(" ", "x", "-", "?", "/").map((s) => ({ name: `status ${s}`, apply: (t: Task) => withStatus(t, s), check: (t: Task) => assert.equal(t.status, s) })),
  fc.tuple(fc.constantFrom(...DATE_FIELDS), fc.option(date, { nil: null })).map(([k, d]) => ({
    name: `${k} ${d}`,
    apply: (t: Task) => withDate(t, k, d),
    check: (t: Task) => assert.equal(taskDate(t, k), d),
  })),
  fc.option(fc.constantFrom("highest", "high", "medium", "low", "lowest") as fc.Arbitrary<"high">, { nil: null }).map((p) => ({
    name: `priority ${p}`,
    apply: (t: Task) => withPriority(t, p),
    check: (t: Task) => assert.equal(taskPriority(t), p),
  })),
  fc.option(fc.constantFrom("Myself", "Raj Patel", "Zoë"), { nil: null }).map((o) => ({
    name: `owner ${o}`,
    apply: (t: Task) => withOwner(t, o),
    check: (t: Task) => assert.equal(taskOwner(t), o),
  })),
  fc.constantFrom("Call the bank", "Fix 📅 bug ⏫ today", "Review [[Q4 Plan]]").map((x) => ({
    name: `text ${x}`,
    apply: (t: Task) => withText(t, x),
    check: (t: Task) => assert.equal(taskText(t), x.replace(/📅 |⏫ /g, "")),
  })),
  fc.constant({ name: "block id", apply: (t: Task) => withBlockId(t, "mnemo-abc123"), check: (t: Task) => assert.ok(taskBlockId(t)) }),
  fc.constantFrom("#proposed", "#task").map((tag) => ({
    name: `drop ${tag}`,
    apply: (t: Task) => withoutTag(t, tag),
    check: (t: Task) => assert.ok(!taskTags(t).map((x) => x.toLowerCase()).includes(tag)),
  })),
);

test("property: edits read back as meant, and leave the indentation, marker and the other fields alone", () => {
  fc.assert(
    fc.property(taskLine, fc.array(edit, { minLength: 1, maxLength: 4 }), (spec, edits) => {
      const before = parseTaskLine(spec.line)!;
      let t = before;
      for (const e of edits) t = e.apply(t);
      const line = renderEditedTask(t); // throws if the new line would read differently
      const back = parseTaskLine(line)!;
      const last = new Map(edits.map((e) => [e.name.split(" ")[0], e]));
      for (const e of last.values()) e.check(back);
      assert.ok(line.startsWith(`${before.indentation}${before.listMarker}${before.markerGap}[`));
      assert.equal(back.originalMarkdown, line);
      const touched = new Set(edits.map((e) => e.name.split(" ")[0]));
      if (!touched.has("recurrence")) assert.equal(fieldValue(back, "recurrence"), fieldValue(before, "recurrence"));
      if (!touched.has("priority")) assert.equal(taskPriority(back), taskPriority(before));
      for (const k of DATE_FIELDS) if (!touched.has(k)) assert.equal(taskDate(back, k), taskDate(before, k));
    }),
    runs,
  );
});
