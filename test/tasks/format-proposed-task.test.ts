import assert from "node:assert/strict";
import { test } from "node:test";
import { formatProposedTask } from "../../src/tasks/format-proposed-task.ts";

const owner = "Dana Whitfield";

test("writes the seed's task line: status, text, owner, due, priority, tags in Tasks' order", () => {
  const line = formatProposedTask({ text: "Send the pricing sheet", owner: "Raj Patel", due: "2025-11-08", priority: "high" }, owner);
  assert.equal(line, "- [?] Send the pricing sheet @Raj Patel 📅 2025-11-08 ⏫ #task #proposed #auto");
});

test("the vault owner's own tasks are @Myself, whatever the case of the name", () => {
  const line = formatProposedTask({ text: "Book the venue", owner: "dana whitfield", due: null, priority: null }, owner);
  assert.equal(line, "- [?] Book the venue @Myself #task #proposed #auto");
});

test("a task without owner, date or priority has none of their markers", () => {
  assert.equal(formatProposedTask({ text: "Check the budget", owner: null, due: null, priority: null }, owner), "- [?] Check the budget #task #proposed #auto");
});

test("each priority has its own signifier", () => {
  const signs = (["highest", "high", "medium", "low", "lowest"] as const).map((p) =>
    formatProposedTask({ text: "x", owner: null, due: null, priority: p }, owner).split(" ")[3],
  );
  assert.deepEqual(signs, ["🔺", "⏫", "🔼", "🔽", "⏬"]);
});

test("signifier emoji and line breaks inside the text cannot leak into the task's fields", () => {
  const line = formatProposedTask({ text: "Move 📅 the\nreview ⏫ earlier", owner: null, due: "2025-01-02", priority: null }, owner);
  assert.equal(line, "- [?] Move the review earlier 📅 2025-01-02 #task #proposed #auto");
});
