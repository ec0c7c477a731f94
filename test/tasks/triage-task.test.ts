import assert from "node:assert/strict";
import { test } from "node:test";
import { parseTaskLine } from "../../src/tasks/parse-task-line.ts";
import { TaskEditError } from "../../src/tasks/task-edit-error.ts";
import { editTask, renderEditedTask, stampId, triageTask, type TriageAction } from "../../src/tasks/triage-task.ts";

const today = "2025-11-10";
const run = (line: string, action: TriageAction) => renderEditedTask(triageTask(parseTaskLine(line)!, action, today));
const proposal = "- [?] Send the deck @Raj Patel 📅 2025-11-08 ⏫ #task #proposed #auto";

test("each triage action, table-driven", () => {
  const cases: [string, TriageAction, string][] = [
    [proposal, "accept", "- [ ] Send the deck @Raj Patel 📅 2025-11-08 ⏫ #task #auto"],
    [proposal, "reject", "- [-] Send the deck @Raj Patel 📅 2025-11-08 ⏫ ❌ 2025-11-10 #task #proposed #auto"],
    [proposal, "done", "- [x] Send the deck @Raj Patel 📅 2025-11-08 ⏫ ✅ 2025-11-10 #task #auto"],
    ["- [x] Filed ✅ 2025-11-01 #task", "reopen", "- [ ] Filed #task"],
    ["- [-] Dropped 📅 2025-11-01 ❌ 2025-11-02", "reopen", "- [ ] Dropped 📅 2025-11-01"],
    ["- [-] Dropped ❌ 2025-11-02", "done", "- [x] Dropped ✅ 2025-11-10"],
    ["- [x] Filed ✅ 2025-11-01", "reject", "- [-] Filed ❌ 2025-11-10"],
    ["  > - [?] Nested #proposed ^keep-me", "accept", "  > - [ ] Nested ^keep-me"],
    ["- [?] Tagged #proposed inline 📅 2025-01-01", "accept", "- [ ] Tagged inline 📅 2025-01-01"],
    ["- [/] Half way #task", "done", "- [x] Half way ✅ 2025-11-10 #task"],
  ];
  for (const [line, action, want] of cases) assert.equal(run(line, action), want, `${action}: ${line}`);
});

test("accepting a finished task is refused; repeating an action changes nothing", () => {
  assert.throws(() => triageTask(parseTaskLine("- [x] Filed ✅ 2025-11-01")!, "accept", today), TaskEditError);
  const open = parseTaskLine("- [ ] Open")!;
  assert.equal(triageTask(open, "accept", today), open);
  const done = parseTaskLine("- [x] Done ✅ 2025-01-01")!;
  assert.equal(triageTask(done, "done", today), done);
});

test("edit sets and clears text, owner, due date and priority, keeping the rest", () => {
  const t = parseTaskLine(proposal)!;
  assert.equal(
    renderEditedTask(editTask(t, { text: "Send the revised deck", owner: "Myself", due: "2025-11-12", priority: "low" })),
    "- [?] Send the revised deck @Myself 📅 2025-11-12 🔽 #task #proposed #auto",
  );
  assert.equal(renderEditedTask(editTask(t, { owner: null, due: null, priority: null })), "- [?] Send the deck #task #proposed #auto");
  const bare = parseTaskLine("- [ ] Bare")!;
  assert.equal(renderEditedTask(editTask(bare, { owner: "Raj Patel", due: "2025-01-01", priority: "highest" })), "- [ ] Bare @Raj Patel 📅 2025-01-01 🔺");
  assert.throws(() => editTask(t, { due: "2025-02-30" }), TaskEditError);
  assert.throws(() => editTask(t, { text: "📅 ⏫" }), TaskEditError);
});

test("a changed task gets its block id once; an existing ^id or 🆔 is kept", () => {
  const t = parseTaskLine("- [ ] Call")!;
  assert.equal(renderEditedTask(stampId(t, "mnemo-abc123")), "- [ ] Call ^mnemo-abc123");
  const withBlock = parseTaskLine("- [ ] Call ^mine")!;
  assert.equal(stampId(withBlock, "mnemo-abc123"), withBlock);
  const withId = parseTaskLine("- [ ] Call 🆔 x1")!;
  assert.equal(stampId(withId, "mnemo-abc123"), withId);
});

test("removing a field between a tag and a tab keeps the tag a tag", () => {
  const t = parseTaskLine("- [ ] Do #a #proposed\t📅 2025-01-01")!;
  assert.equal(renderEditedTask(triageTask(t, "accept", today)), "- [ ] Do #a 📅 2025-01-01");
});
