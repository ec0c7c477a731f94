import type { Priority } from "../extract/extraction.ts";

/**
 * The Obsidian Tasks format as data: one table of signifiers, as obsidian-tasks' DEFAULT_SYMBOLS.
 * MARKER(task-field): every place that must change when a task field is added carries this marker.
 */
export const TASK_SYMBOLS = {
  due: "📅",
  scheduled: "⏳",
  start: "🛫",
  created: "➕",
  done: "✅",
  cancelled: "❌",
  recurrence: "🔁",
  id: "🆔",
  dependsOn: "⛔",
  priority: {
    highest: "🔺",
    high: "⏫",
    medium: "🔼",
    low: "🔽",
    lowest: "⏬",
  } satisfies Record<Priority, string>,
} as const;

/** Status characters Mnemo writes. `?` is the Tasks "Question" status used for proposals. */
export const TASK_STATUS = {
  proposed: "?",
  open: " ",
  done: "x",
  cancelled: "-",
  inProgress: "/",
} as const;

/** Tags every automated proposal carries, so the user can query and triage them. */
export const PROPOSED_TAGS = ["#task", "#proposed", "#auto"] as const;

/** The owner label written for the vault owner's own tasks. */
export const SELF_OWNER = "Myself";
