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
  onCompletion: "🏁",
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

/** Other symbols Tasks reads for the same field (it always writes the first one above). */
export const TASK_SYMBOL_ALIASES = {
  due: ["📆", "🗓"],
  scheduled: ["⌛"],
} as const;

/** Status characters Mnemo writes. `?` is the Tasks "Question" status used for proposals. */
export const TASK_STATUS = {
  proposed: "?",
  open: " ",
  done: "x",
  cancelled: "-",
  inProgress: "/",
} as const;

/** What a status character means to Mnemo's commands. Any other character counts as open (Tasks: TODO). */
export type TaskStatusKind = "proposed" | "open" | "in-progress" | "done" | "cancelled";
export const STATUS_KINDS: readonly TaskStatusKind[] = ["proposed", "open", "in-progress", "done", "cancelled"];
const STATUS_KIND_OF: Record<string, TaskStatusKind> = {
  [TASK_STATUS.proposed]: "proposed",
  [TASK_STATUS.open]: "open",
  [TASK_STATUS.inProgress]: "in-progress",
  [TASK_STATUS.done]: "done",
  X: "done",
  [TASK_STATUS.cancelled]: "cancelled",
};
export function statusKind(symbol: string): TaskStatusKind {
  return STATUS_KIND_OF[symbol] ?? "open";
}

/** Priorities from most to least urgent, with "none" where Tasks sorts it (between medium and low). */
export const PRIORITY_ORDER = ["highest", "high", "medium", "none", "low", "lowest"] as const;
export function priorityRank(p: Priority | null): number {
  return PRIORITY_ORDER.indexOf(p ?? "none");
}

/** Tags every automated proposal carries, so the user can query and triage them. */
export const PROPOSED_TAGS = ["#task", "#proposed", "#auto"] as const;
export const PROPOSED_TAG = "#proposed";

/** The owner label written for the vault owner's own tasks. */
export const SELF_OWNER = "Myself";

/** Block ids Mnemo adds to a task line the first time it changes it: `^mnemo-k3x9aq`. */
export const BLOCK_ID_PREFIX = "mnemo-";
