import type { Heading, List, Root, RootContent } from "mdast";
import { isMap, isScalar, parseDocument, stringify } from "yaml";
import { parseMarkdown } from "./markdown-tree.ts";

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

/** A new person page with frontmatter and a ledger holding one line. */
export function newPersonPage(name: string, entry: LedgerEntry): string {
  const fm = stringify({ type: "person", title: name, aliases: [], last_contact: entry.date, tags: ["type/person"] }, { lineWidth: 0 });
  return `---\n${fm}---\n\n# ${name}\n\n## ${LEDGER_HEADING}\n\n${ledgerLine(entry)}\n`;
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
