import type { Heading, List, Root, RootContent } from "mdast";
import { isMap, isScalar, parseDocument, stringify } from "yaml";
import { parseMarkdown } from "./markdown-tree.ts";
import { normaliseText } from "./render-note.ts";

export const LEDGER_HEADING = "Recent context";

export type LedgerEntry = {
  date: string;
  /** Vault-relative path of the note, without `.md`. */
  notePath: string;
  title: string;
};

export function ledgerLine(e: LedgerEntry): string {
  return `- ${e.date} · [[${e.notePath}|${e.title.replace(/[|\]]/g, " ")}]]`;
}

export const FACTS_HEADING = "Key facts";
export const TASKS_HEADING = "Open tasks";

/** What a new page knows besides its name: its kind, the address the source gave, facts about it. */
export type PageExtras = { type?: "person" | "account" | "project"; email?: string | undefined; facts?: readonly string[] };

/**
 * A new person (account, project) page: frontmatter, an Obsidian Tasks query of the open tasks
 * that name them (people), key facts, and a ledger holding one line, last.
 */
export function newPersonPage(name: string, entry: LedgerEntry, extras: PageExtras = {}): string {
  const type = extras.type ?? "person";
  const data = { type, title: name, aliases: [], ...(extras.email ? { email: extras.email } : {}), last_contact: entry.date, tags: [`type/${type}`] };
  const fm = stringify(data, { lineWidth: 0 });
  const tasks = type === "person" ? `${tasksQuery(name)}\n` : "";
  const facts = extras.facts?.length ? `## ${FACTS_HEADING}\n\n${uniqueFacts([], extras.facts).map((f) => `- ${f}`).join("\n")}\n\n` : "";
  return `---\n${fm}---\n\n# ${name}\n\n${tasks}${facts}## ${LEDGER_HEADING}\n\n${ledgerLine(entry)}\n`;
}

/** The `## Open tasks` section: a Tasks query for every task not done whose text names the person. */
export function tasksQuery(name: string): string {
  return `## ${TASKS_HEADING}\n\n\`\`\`tasks\nnot done\ndescription includes ${name}\ngroup by filename\n\`\`\`\n`;
}

/** Adds the Tasks query before the ledger of a page that has a ledger and no query yet; else null. */
export function ensureTasksQuery(text: string, name: string): string | null {
  if (/^```tasks\b/m.test(text)) return null;
  const tree = parseMarkdown(text);
  const ledger = findHeading(tree, LEDGER_HEADING);
  if (!ledger) return null;
  const at = ledger.node.position!.start.offset!;
  return `${text.slice(0, at)}${tasksQuery(name)}\n${text.slice(at)}`;
}

/**
 * Adds facts not yet on the page (compared by normalised text) under `## Key facts`, made just
 * before the ledger when missing. Returns null when there is nothing new.
 */
export function addKeyFacts(text: string, facts: readonly string[]): string | null {
  const tree = parseMarkdown(text);
  const heading = findHeading(tree, FACTS_HEADING);
  const list = heading ? nextList(tree, heading.index) : null;
  const have = list ? list.children.map((i) => text.slice(i.position!.start.offset!, i.position!.end.offset!).replace(/^\s*[-*+]\s+/, "")) : [];
  const fresh = uniqueFacts(have, facts);
  if (fresh.length === 0) return null;
  const lines = fresh.map((f) => `- ${f}`).join("\n");
  if (list) {
    const end = list.position!.end.offset!;
    return `${text.slice(0, end)}\n${lines}${text.slice(end)}`;
  }
  if (heading) {
    const at = heading.node.position!.end.offset!;
    return `${text.slice(0, at)}\n\n${lines}${text.slice(at)}`;
  }
  const ledger = findHeading(tree, LEDGER_HEADING);
  if (ledger) {
    const at = ledger.node.position!.start.offset!;
    return `${text.slice(0, at)}## ${FACTS_HEADING}\n\n${lines}\n\n${text.slice(at)}`;
  }
  const sep = text.endsWith("\n") ? "\n" : "\n\n";
  return `${text}${sep}## ${FACTS_HEADING}\n\n${lines}\n`;
}

/** The facts whose normalised text is neither among `have` nor repeated. */
function uniqueFacts(have: readonly string[], facts: readonly string[]): string[] {
  const key = (s: string) => normaliseText(s);
  const seen = new Set(have.map(key));
  const out: string[] = [];
  for (const f of facts) {
    const one = f.replace(/\s+/g, " ").trim();
    const k = key(one);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(one);
  }
  return out;
}

/**
 * Adds the entry to the page's ledger (newest first, never a second line for the same note) and
 * raises `last_contact`. Returns null when the page already says all of it. Text outside the
 * ledger list and the `last_contact` key is left byte for byte.
 */
export function updatePersonPage(text: string, entry: LedgerEntry): string | null {
  let out = addLedgerLine(text, entry);
  out = raiseLastContact(out, entry.date);
  return out === text ? null : out;
}

function addLedgerLine(text: string, entry: LedgerEntry): string {
  const tree = parseMarkdown(text);
  const line = ledgerLine(entry);
  const heading = findHeading(tree, LEDGER_HEADING);
  if (!heading) {
    const sep = text.length === 0 || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n";
    return `${text}${sep}## ${LEDGER_HEADING}\n\n${line}\n`;
  }
  const list = nextList(tree, heading.index);
  if (!list) {
    const at = heading.node.position!.end.offset!;
    return `${text.slice(0, at)}\n\n${line}${text.slice(at)}`;
  }
  const target = `[[${entry.notePath}|`.toLowerCase();
  const targetBare = `[[${entry.notePath}]]`.toLowerCase();
  for (const item of list.children) {
    const src = text.slice(item.position!.start.offset!, item.position!.end.offset!).toLowerCase();
    if (src.includes(target) || src.includes(targetBare)) return text;
  }
  // Newest first: insert before the first item dated earlier than the entry.
  for (const item of list.children) {
    const start = item.position!.start.offset!;
    const date = /\d{4}-\d{2}-\d{2}/.exec(text.slice(start, item.position!.end.offset!))?.[0];
    if (date && date < entry.date) return `${text.slice(0, start)}${line}\n${text.slice(start)}`;
  }
  const end = list.position!.end.offset!;
  return `${text.slice(0, end)}\n${line}${text.slice(end)}`;
}

function raiseLastContact(text: string, date: string): string {
  const tree = parseMarkdown(text);
  const yamlNode = tree.children[0]?.type === "yaml" ? tree.children[0] : undefined;
  if (!yamlNode) {
    return `---\nlast_contact: ${date}\n---\n${text}`;
  }
  // Splice only the value's characters so the rest of the user's YAML (comments, spacing) stays as is.
  const doc = parseDocument(yamlNode.value, { keepSourceTokens: false });
  const yamlStart = text.indexOf(yamlNode.value, yamlNode.position!.start.offset!);
  const map = doc.contents;
  if (!isMap(map)) return text;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === "last_contact");
  if (pair && isScalar(pair.value) && pair.value.range) {
    const current = pair.value.value instanceof Date ? pair.value.value.toISOString().slice(0, 10) : String(pair.value.value ?? "");
    if (current >= date) return text;
    const [from, to] = pair.value.range;
    return `${text.slice(0, yamlStart + from)}${date}${text.slice(yamlStart + to)}`;
  }
  if (pair) return text; // last_contact holds something other than a date: the user's, left alone
  const end = yamlStart + yamlNode.value.length;
  return `${text.slice(0, end)}\nlast_contact: ${date}${text.slice(end)}`;
}

function findHeading(tree: Root, title: string): { node: Heading; index: number } | null {
  for (const [index, node] of tree.children.entries()) {
    if (node.type === "heading" && headingText(node).trim().toLowerCase() === title.toLowerCase()) return { node, index };
  }
  return null;
}

function nextList(tree: Root, headingIndex: number): List | null {
  for (const node of tree.children.slice(headingIndex + 1) as RootContent[]) {
    if (node.type === "list") return node;
    if (node.type === "heading") return null;
  }
  return null;
}

function headingText(node: Heading): string {
  return node.children.map((c) => ("value" in c ? c.value : "")).join("");
}
