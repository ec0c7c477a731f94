import assert from "node:assert/strict";
import { test } from "node:test";
import { scanTaskLines } from "../../src/tasks/scan-task-lines.ts";

test("finds task lines with their positions, skipping frontmatter and fenced code", () => {
  const text = [
    "---",
    "tags: [\"- [ ] not a task\"]",
    "- [ ] nor this",
    "---",
    "- [ ] one",
    "```tasks",
    "- [ ] query text",
    "```",
    "> ~~~",
    "> - [ ] quoted code",
    "> ~~~",
    "  * [x] two",
    "- no box",
  ].join("\r\n");
  const hits = scanTaskLines(text);
  assert.deepEqual(hits.map((h) => [h.lineIndex, h.task.originalMarkdown]), [
    [4, "- [ ] one"],
    [11, "  * [x] two"],
  ]);
  for (const h of hits) assert.equal(text.slice(h.start, h.end), h.task.originalMarkdown, "offsets exclude the \\r\\n");
});

test("an unclosed fence hides the rest; a longer fence needs a long enough close", () => {
  assert.equal(scanTaskLines("````\n```\n- [ ] in code\n````\n- [ ] out").length, 1);
  assert.equal(scanTaskLines("```\n- [ ] never closed").length, 0);
});
