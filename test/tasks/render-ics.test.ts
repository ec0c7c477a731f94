import assert from "node:assert/strict";
import { test } from "node:test";
import ICAL from "ical.js";
import { readFileTasks } from "../../src/tasks/read-vault-tasks.ts";
import { escapeText, foldLine, renderIcs } from "../../src/tasks/render-ics.ts";

const longText = "Prepare the quarterly review; budget, headcount and the \\ backslash — with ünïcödé 数据 text that runs well past seventy-five octets";
const note = [
  `- [?] ${longText} @Raj Patel 📅 2025-11-08 ⏫ #task #proposed`,
  "- [x] Filed it 🛫 2025-11-01 📅 2025-11-03 ✅ 2025-11-02 🔺 ^mine",
  "- [-] Dropped 📅 2025-11-04 ❌ 2025-11-02 ⏬",
  "- [/] Half way 📅 2025-11-05 🔽",
  "- [ ] No due date",
].join("\n");
const tasks = readFileTasks("Meetings/2025/review.md", note);
const ics = renderIcs(tasks, { now: new Date("2025-11-05T10:20:30Z"), vaultName: "Vault, mine" });

test("the iCalendar file parses (ical.js) with one VTODO per task that has a due date", () => {
  const cal = new ICAL.Component(ICAL.parse(ics));
  assert.equal(cal.getFirstPropertyValue("version"), "2.0");
  const todos = cal.getAllSubcomponents("vtodo");
  assert.equal(todos.length, 4);
  const [first, filed, dropped, half] = todos;
  assert.equal(first!.getFirstPropertyValue("summary"), longText, "escaping and folding undone by a real parser");
  assert.equal(first!.getFirstPropertyValue("uid"), `${tasks[0]!.id}@mnemo`);
  assert.equal(first!.getFirstPropertyValue("status"), "NEEDS-ACTION");
  assert.equal(first!.getFirstPropertyValue("priority"), 3);
  assert.equal(String(first!.getFirstPropertyValue("due")), "2025-11-08");
  assert.equal(String(first!.getFirstPropertyValue("dtstamp")), "2025-11-05T10:20:30Z");
  assert.equal(first!.getFirstPropertyValue("description"), "Owner: Raj Patel\nNote: Meetings/2025/review.md");
  assert.deepEqual(first!.getFirstProperty("categories")!.getValues(), ["task", "proposed"]);
  assert.equal(filed!.getFirstPropertyValue("status"), "COMPLETED");
  assert.equal(filed!.getFirstPropertyValue("priority"), 1);
  assert.equal(String(filed!.getFirstPropertyValue("dtstart")), "2025-11-01");
  assert.match(filed!.getFirstPropertyValue("uid") as string, /^mine\.[0-9a-f]{8}@mnemo$/);
  assert.equal(dropped!.getFirstPropertyValue("status"), "CANCELLED");
  assert.equal(dropped!.getFirstPropertyValue("priority"), 9);
  assert.equal(half!.getFirstPropertyValue("status"), "IN-PROCESS");
  assert.equal(half!.getFirstPropertyValue("priority"), 7);
});

test("RFC 5545 framing: CRLF only, no line over 75 octets, folds on UTF-8 character boundaries", () => {
  assert.ok(ics.endsWith("\r\n"));
  assert.ok(!/[^\r]\n/.test(ics), "every line break is CRLF");
  const lines = ics.split("\r\n").slice(0, -1);
  for (const l of lines) {
    assert.ok(Buffer.byteLength(l, "utf8") <= 75, `too long: ${l}`);
    assert.ok(!l.includes("\uFFFD"));
  }
  assert.ok(lines.some((l) => l.startsWith(" ")), "the long summary was folded");
  // Unfolding gives back the logical line exactly.
  assert.match(ics.replace(/\r\n /g, ""), /\r\nSUMMARY:Prepare the quarterly review\\; budget\\, headcount and the \\\\ backslash — with ünïcödé 数据 text/);
  assert.equal(new Set(lines.filter((l) => l.startsWith("UID:"))).size, 4, "UIDs are unique");
});

test("folding and escaping, directly", () => {
  assert.equal(escapeText("a\\b;c,d\ne\r\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
  const folded = foldLine(`SUMMARY:${"é".repeat(80)}`);
  const parts = folded.split("\r\n");
  assert.equal(Buffer.byteLength(parts[0]!, "utf8"), 74, "the first line stops before a 2-octet character would pass 75");
  for (const p of parts.slice(1)) assert.ok(p.startsWith(" ") && Buffer.byteLength(p, "utf8") <= 75);
  assert.equal(parts.map((p, i) => (i ? p.slice(1) : p)).join(""), `SUMMARY:${"é".repeat(80)}`);
  assert.equal(foldLine("short"), "short");
  const emoji = foldLine("X".repeat(73) + "📅📅");
  assert.equal(emoji.split("\r\n")[0], "X".repeat(73), "a 4-octet emoji is not split");
});

test("the same tasks give the same UIDs on every export", () => {
  const again = renderIcs(readFileTasks("Meetings/2025/review.md", `Intro line\n\n${note}`), { now: new Date("2026-01-01T00:00:00Z") });
  const uids = (s: string) => s.split("\r\n").filter((l) => l.startsWith("UID:"));
  assert.deepEqual(uids(again), uids(ics));
});
