import assert from "node:assert/strict";
import { test } from "node:test";
import { readFileTasks } from "../../src/tasks/read-vault-tasks.ts";
import { derivedTaskId } from "../../src/tasks/task-id.ts";

const note = "# Note\n\n- [?] Send the deck @Raj 📅 2025-11-08 #task\n- [ ] Send the deck\n- [ ] Own ^mine\n- [ ] Tasks id 🆔 t1\n";

test("ids: block id, else 🆔, else derived from path + text (+ occurrence)", () => {
  const ts = readFileTasks("Meetings/a.md", note);
  assert.equal(ts[2]!.id, "mine");
  assert.equal(ts[3]!.id, "t1");
  assert.match(ts[0]!.id, /^mnemo-[0-9a-z]{6}$/);
  assert.notEqual(ts[0]!.id, ts[1]!.id, "the same text twice in a note gets two ids");
  assert.equal(ts[0]!.id, derivedTaskId("Meetings/a.md", "Send the deck", 0));
  assert.notEqual(readFileTasks("Meetings/b.md", note)[0]!.id, ts[0]!.id, "another note, another id");
});

test("the derived id survives edits elsewhere in the file, and changes to the task's own fields", () => {
  const before = readFileTasks("a.md", note)[0]!.id;
  const edited = "---\ntitle: x\n---\nA new paragraph.\n\n" + note.replace("📅 2025-11-08", "📅 2025-12-01 ⏫").replace("[?]", "[ ]") + "- [ ] Another\n";
  assert.equal(readFileTasks("a.md", edited).find((t) => t.text === "Send the deck")!.id, before);
  assert.equal(readFileTasks("a.md", note.replace("Send the deck @Raj", "send the  deck! @Raj"))[0]!.id, before, "normalised text");
});
