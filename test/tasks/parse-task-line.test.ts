import assert from "node:assert/strict";
import { test } from "node:test";
import { parseTaskLine } from "../../src/tasks/parse-task-line.ts";
import { serializeTask } from "../../src/tasks/serialize-task.ts";
import { defaultTaskSerializer } from "../../src/tasks/task-serializer.ts";
import {
  taskBlockId,
  taskDate,
  taskDependsOn,
  taskIdField,
  taskOwner,
  taskPriority,
  taskRecurrence,
  taskStatusKind,
  taskTags,
  taskText,
  fieldValue,
} from "../../src/tasks/task.ts";

function read(line: string) {
  const t = parseTaskLine(line);
  assert.ok(t, `not read as a task: ${line}`);
  assert.equal(serializeTask(t), line, "round trip");
  return t;
}

test("each status character is read, and the line comes back byte for byte", () => {
  const cases: [string, string, string][] = [
    [" ", " ", "open"],
    ["x", "x", "done"],
    ["X", "X", "done"],
    ["/", "/", "in-progress"],
    ["-", "-", "cancelled"],
    ["?", "?", "proposed"],
    ["R", "R", "open"],
    [">", ">", "open"],
    ["🔥", "🔥", "open"],
  ];
  for (const [sym, status, kind] of cases) {
    const t = read(`- [${sym}] Do it`);
    assert.equal(t.status, status);
    assert.equal(taskStatusKind(t), kind);
    assert.equal(taskText(t), "Do it");
  }
});

test("each signifier is read into its field (MARKER(task-field): one row per field)", () => {
  const cases: [string, (t: NonNullable<ReturnType<typeof parseTaskLine>>) => unknown, unknown][] = [
    ["📅 2025-11-08", (t) => taskDate(t, "due"), "2025-11-08"],
    ["📆 2025-11-08", (t) => taskDate(t, "due"), "2025-11-08"],
    ["🗓 2025-11-08", (t) => taskDate(t, "due"), "2025-11-08"],
    ["⏳ 2025-11-09", (t) => taskDate(t, "scheduled"), "2025-11-09"],
    ["⌛ 2025-11-09", (t) => taskDate(t, "scheduled"), "2025-11-09"],
    ["🛫 2025-11-10", (t) => taskDate(t, "start"), "2025-11-10"],
    ["➕ 2025-11-01", (t) => taskDate(t, "created"), "2025-11-01"],
    ["✅ 2025-11-11", (t) => taskDate(t, "done"), "2025-11-11"],
    ["❌ 2025-11-12", (t) => taskDate(t, "cancelled"), "2025-11-12"],
    ["🔁 every week on Monday", taskRecurrence, "every week on Monday"],
    ["🏁 delete", (t) => fieldValue(t, "onCompletion"), "delete"],
    ["🔺", taskPriority, "highest"],
    ["⏫", taskPriority, "high"],
    ["🔼", taskPriority, "medium"],
    ["🔽", taskPriority, "low"],
    ["⏬", taskPriority, "lowest"],
    ["🆔 abc-12_x", taskIdField, "abc-12_x"],
    ["⛔ abc, def,ghi", taskDependsOn, ["abc", "def", "ghi"]],
    ["#task", taskTags, ["#task"]],
    ["📅️ 2025-11-08", (t) => taskDate(t, "due"), "2025-11-08"], // with U+FE0F
    ["📅2025-11-08", (t) => taskDate(t, "due"), "2025-11-08"],
    ["📅   2025-11-08", (t) => taskDate(t, "due"), "2025-11-08"],
  ];
  for (const [field, get, want] of cases) {
    const t = read(`- [ ] Ship it ${field}`);
    assert.deepEqual(get(t), want, field);
    assert.equal(taskText(t), "Ship it", field);
  }
});

test("fields in any order, tags between them, owner and block id: all read, nothing lost", () => {
  const line = "- [?] Send the deck @Raj Patel ⏫ #task 📅 2025-11-08 🆔 deck1 #proposed ➕ 2025-11-01 #auto ^mnemo-abc123";
  const t = read(line);
  assert.equal(taskText(t), "Send the deck");
  assert.equal(taskOwner(t), "Raj Patel");
  assert.equal(taskPriority(t), "high");
  assert.equal(taskDate(t, "due"), "2025-11-08");
  assert.equal(taskDate(t, "created"), "2025-11-01");
  assert.equal(taskIdField(t), "deck1");
  assert.deepEqual(taskTags(t), ["#task", "#proposed", "#auto"]);
  assert.equal(taskBlockId(t), "mnemo-abc123");
  assert.equal(t.description, "Send the deck @Raj Patel");
});

test("Mnemo's own proposal line", () => {
  const t = read("- [?] Send the deck @Raj Patel 📅 2025-11-08 ⏫ #task #proposed #auto");
  assert.equal(taskStatusKind(t), "proposed");
  assert.equal(taskOwner(t), "Raj Patel");
  assert.deepEqual(t.fields.map((f) => f.kind), ["due", "priority", "tag", "tag", "tag"]);
});

test("indentation, list markers and blockquotes are kept", () => {
  for (const prefix of ["", "  ", "\t\t", "> ", "> > ", ">\t", "    > "]) {
    for (const marker of ["-", "*", "+", "1.", "10)"]) {
      const t = read(`${prefix}${marker} [x] Filed ✅ 2025-01-02`);
      assert.equal(t.indentation, prefix);
      assert.equal(t.listMarker, marker);
      assert.equal(taskDate(t, "done"), "2025-01-02");
    }
  }
});

test("odd spacing, hard breaks and an empty body survive", () => {
  for (const line of [
    "-  [ ]   Lots   of   space   📅  2025-01-01  ",
    "- [ ] Hard break  ",
    "- [ ]",
    "- [ ] ",
    "- [ ] 📅 2025-01-01",
    "- [ ]\tTabbed\t⏫\t#t",
    "- [ ] Text ^block-1   ",
    "- [ ] Text\u00a0📅 2025-01-01",
  ]) {
    read(line);
  }
});

test("values Tasks does not read stay in the description", () => {
  const t = read("- [ ] Meet at 📅 next friday #task");
  assert.equal(taskDate(t, "due"), null);
  assert.match(t.description, /📅 next friday/);
  const u = read("- [ ] Ask @raj about pricing");
  assert.equal(taskOwner(u), null, "a lower-case word after the name means it is no owner mention");
  const url = read("- [ ] Read http://example.com/page#section");
  assert.deepEqual(taskTags(url), []);
});

test("a `[[Link]]` owner is read as the name", () => {
  assert.equal(taskOwner(read("- [ ] Send it @[[Raj Patel]] 📅 2025-01-01")), "Raj Patel");
});

test("lines that are not tasks give null", () => {
  for (const line of ["- plain item", "[ ] no marker", "-[ ] no space", "- [] empty box", "- [ab] two chars", "text - [ ] inside", "# - [ ] heading"]) {
    assert.equal(parseTaskLine(line), null, line);
  }
});

test("the serializer interface reads and writes", () => {
  const line = "* [/] Draft 🛫 2025-02-03 ^x1";
  const t = defaultTaskSerializer.deserialize(line);
  assert.ok(t);
  assert.equal(t.originalMarkdown, line);
  assert.equal(defaultTaskSerializer.serialize(t), line);
});
