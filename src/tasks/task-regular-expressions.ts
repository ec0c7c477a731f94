import { TASK_SYMBOLS, TASK_SYMBOL_ALIASES } from "./task-format.ts";

/**
 * Every regular expression that reads a task line, as named pieces (obsidian-tasks'
 * `TaskRegularExpressions` and `DefaultTaskSerializer`). The pieces are the plugin's own, so a line
 * reads here exactly as Tasks reads it; only `owner` is Mnemo's.
 * MARKER(task-field): add a field's regex here and its symbol in task-format.ts.
 */

/** Indentation before the list marker: spaces, tabs and `>` of (nested) blockquotes and callouts. */
export const indentationRegex = /^([\s\t>]*)/;

/** `-`, `*`, `+`, or a numbered marker such as `1.` or `1)`. */
export const listMarkerRegex = /([-*+]|[0-9]+[.)])/;

/** The checkbox, capturing the status character (any one code point). */
export const checkboxRegex = /\[(.)\]/u;

/** Spaces after the checkbox, then the body up to the end of the line (or a line break). */
export const afterCheckboxRegex = / *(.*)/u;

/** A whole task line. Groups: 1 indentation, 2 list marker, 3 spaces, 4 status, 5 body (spaces first). */
export const taskRegex = new RegExp(
  indentationRegex.source + listMarkerRegex.source + "( +)" + checkboxRegex.source + afterCheckboxRegex.source,
  "u",
);

/** An Obsidian block id at the very end of the body: ` ^abc-123`. */
export const blockLinkRegex = / \^[a-zA-Z0-9-]+$/u;

/**
 * A hashtag: `#` after the start or whitespace, up to a space or punctuation (so `http://x#y` is no tag).
 * `hashTagsFromEnd` finds one at the end of what is left of the body.
 */
export const hashTags = /(^|\s)#[^ !@#$%^&*(),.?":{}|<>]+/g;
export const hashTagsFromEnd = new RegExp(hashTags.source + "$");

/** A field: its symbol(s), an optional emoji variation selector (U+FE0F), spaces, the value, end of body. */
function fieldRegex(symbols: string, value: string): RegExp {
  return new RegExp(symbols + "\uFE0F?" + (value ? " *" + value : "") + "$");
}
const anyOf = (symbols: readonly string[]) => `(?:${symbols.join("|")})`;
const date = "(\\d{4}-\\d{2}-\\d{2})";

/** Task ids (🆔) and the comma-separated ids a task depends on (⛔). */
export const taskIdRegex = /[a-zA-Z0-9-_]+/;
export const taskIdSequenceRegex = new RegExp(taskIdRegex.source + "( *, *" + taskIdRegex.source + " *)*");

const P = TASK_SYMBOLS.priority;

/**
 * One regex per field, each anchored at the end of the body. Tasks peels fields off the end in
 * this order, again and again until none matches (at most 21 rounds); so does `parseTaskLine`.
 * MARKER(task-field)
 */
export const fieldRegexes = {
  priority: fieldRegex(`(${[P.highest, P.high, P.medium, P.low, P.lowest].join("|")})`, ""),
  done: fieldRegex(TASK_SYMBOLS.done, date),
  cancelled: fieldRegex(TASK_SYMBOLS.cancelled, date),
  due: fieldRegex(anyOf([TASK_SYMBOLS.due, ...TASK_SYMBOL_ALIASES.due]), date),
  scheduled: fieldRegex(anyOf([TASK_SYMBOLS.scheduled, ...TASK_SYMBOL_ALIASES.scheduled]), date),
  start: fieldRegex(TASK_SYMBOLS.start, date),
  created: fieldRegex(TASK_SYMBOLS.created, date),
  recurrence: fieldRegex(TASK_SYMBOLS.recurrence, "([a-zA-Z0-9, !]+)"),
  onCompletion: fieldRegex(TASK_SYMBOLS.onCompletion, "([a-zA-Z]+)"),
  tag: hashTagsFromEnd,
  id: fieldRegex(TASK_SYMBOLS.id, "(" + taskIdRegex.source + ")"),
  dependsOn: fieldRegex(TASK_SYMBOLS.dependsOn, "(" + taskIdSequenceRegex.source + ")"),
} as const;

/**
 * Text each field's regex needs somewhere in the body: a field whose symbol is absent cannot
 * match, so its regex is not run (reading a large vault is mostly running these regexes).
 * MARKER(task-field)
 */
export const fieldNeedles: Record<keyof typeof fieldRegexes, readonly string[]> = {
  priority: [P.highest, P.high, P.medium, P.low, P.lowest],
  done: [TASK_SYMBOLS.done],
  cancelled: [TASK_SYMBOLS.cancelled],
  due: [TASK_SYMBOLS.due, ...TASK_SYMBOL_ALIASES.due],
  scheduled: [TASK_SYMBOLS.scheduled, ...TASK_SYMBOL_ALIASES.scheduled],
  start: [TASK_SYMBOLS.start],
  created: [TASK_SYMBOLS.created],
  recurrence: [TASK_SYMBOLS.recurrence],
  onCompletion: [TASK_SYMBOLS.onCompletion],
  tag: ["#"],
  id: [TASK_SYMBOLS.id],
  dependsOn: [TASK_SYMBOLS.dependsOn],
};

/** Rounds of peeling Tasks makes before it gives up (`maxRuns` 20, checked after the increment). */
export const MAX_FIELD_ROUNDS = 21;

/**
 * Mnemo's owner mention at the end of the description: `@Myself`, `@Raj Patel`, `@[[Raj Patel]]`.
 * Later words of a name must be capitalised, so `Ask @raj about pricing` has no owner.
 */
export const ownerRegex =
  /(^|\s)@(\[\[[^\]]+\]\]|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’._-]*(?: [\p{Lu}\p{Lt}][\p{L}\p{M}\p{N}'’._-]*)*)$/u;

/** An ISO calendar date, as every date field holds. */
export const isoDateRegex = /^\d{4}-\d{2}-\d{2}$/;
