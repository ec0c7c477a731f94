import { isMap, isSeq, parseDocument } from "yaml";
import { addKeyFacts, FACTS_HEADING, LEDGER_HEADING, updatePersonPage } from "../plan/person-page.ts";
import { safeFileName } from "../plan/file-names.ts";
import type { EntityRecord } from "./entity-record.ts";
import { foldName } from "./fold-name.ts";
import { rewriteReferences } from "./rewrite-references.ts";

/** One file of an entity change: `before` null creates it, `after` null deletes it. */
export type FileChange = { path: string; before: string | null; after: string | null };

/**
 * Merges page `from` into page `into`: `into` gains `from`'s name and aliases as aliases, its
 * emails, its ledger lines (newest first, no note twice), its key facts and the later
 * `last_contact`; `from` is deleted; every link, task owner and frontmatter value naming `from`
 * anywhere in the vault points at `into`. Pure: `files` is the vault's notes by path.
 */
export function planMerge(files: ReadonlyMap<string, string>, from: EntityRecord, into: EntityRecord): FileChange[] {
  const fromText = files.get(from.path);
  const intoText = files.get(into.path);
  if (fromText === undefined || intoText === undefined) throw new Error(`${fromText === undefined ? from.path : into.path}: not found`);
  let merged = intoText;
  for (const e of ledgerEntries(fromText)) merged = updatePersonPage(merged, e) ?? merged;
  merged = addKeyFacts(merged, sectionItems(fromText, FACTS_HEADING)) ?? merged;
  merged = setList(merged, "aliases", [from.name, ...from.aliases].filter((a) => foldName(a) !== foldName(into.name)));
  if (from.emails.length) merged = setList(merged, from.emails.length + into.emails.length > 1 ? "emails" : "email", from.emails);
  const changes: FileChange[] = [{ path: into.path, before: intoText, after: merged }, { path: from.path, before: fromText, after: null }];
  return [...changes, ...rewriteAll(files, from, into, new Set([from.path, into.path]))];
}

/**
 * Renames an entity everywhere: its page moves to `<folder>/<New Name>.md` with the new title and
 * heading, keeping the old name as an alias, and every reference in the vault follows.
 */
export function planRename(files: ReadonlyMap<string, string>, entity: EntityRecord, newName: string, taken: (p: string) => boolean): FileChange[] {
  const text = files.get(entity.path);
  if (text === undefined) throw new Error(`${entity.path}: not found`);
  const dir = entity.path.includes("/") ? entity.path.slice(0, entity.path.lastIndexOf("/") + 1) : "";
  const newPath = `${dir}${safeFileName(newName)}.md`;
  if (newPath !== entity.path && taken(newPath)) throw new Error(`${newPath}: exists; use \`mnemo entity merge\``);
  const to: EntityRecord = { ...entity, name: newName, path: newPath };
  let page = setScalar(text, "title", newName);
  page = setList(page, "aliases", [entity.name].filter((a) => foldName(a) !== foldName(newName)));
  page = page.replace(new RegExp(`^# ${entity.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "m"), `# ${newName}`);
  page = page.replace(/^(description includes ).*$/m, (m, lead: string) => (m.trim() === `description includes ${entity.name}` ? `${lead}${newName}` : m));
  const moved: FileChange[] = newPath === entity.path ? [{ path: newPath, before: text, after: page }] : [{ path: entity.path, before: text, after: null }, { path: newPath, before: null, after: page }];
  return [...moved, ...rewriteAll(files, entity, to, new Set([entity.path]))];
}

/**
 * Makes `alias` another name of `entity`: the page lists it under `aliases` (unless it is its name or
 * already there), and notes written before that name meant the page (links, task owners,
 * participants) now point at the page.
 */
export function planAlias(files: ReadonlyMap<string, string>, alias: string, entity: EntityRecord): FileChange[] {
  const text = files.get(entity.path);
  if (text === undefined) throw new Error(`${entity.path}: not found`);
  const page = foldName(alias) === foldName(entity.name) ? text : setList(text, "aliases", [alias]);
  const from: EntityRecord = { ...entity, name: alias, aliases: [], path: `${safeFileName(alias)}.md` };
  return [...(page !== text ? [{ path: entity.path, before: text, after: page }] : []), ...rewriteAll(files, from, entity, new Set([entity.path]))];
}

function rewriteAll(files: ReadonlyMap<string, string>, from: EntityRecord, to: EntityRecord, skip: ReadonlySet<string>): FileChange[] {
  const out: FileChange[] = [];
  for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (skip.has(path)) continue;
    const after = rewriteReferences(text, from, to);
    if (after !== text) out.push({ path, before: text, after });
  }
  return out;
}

function ledgerEntries(text: string) {
  return sectionItems(text, LEDGER_HEADING).flatMap((line) => {
    const m = /^(\d{4}-\d{2}-\d{2}) · \[\[([^|\]]+)(?:\|([^\]]*))?\]\]/.exec(line);
    return m ? [{ date: m[1]!, notePath: m[2]!, title: m[3] ?? m[2]! }] : [];
  });
}

/** The list items under `## heading`, without their bullets. */
function sectionItems(text: string, heading: string): string[] {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.trim().toLowerCase() === `## ${heading.toLowerCase()}`);
  if (at < 0) return [];
  const items: string[] = [];
  for (const l of lines.slice(at + 1)) {
    if (/^#{1,6} /.test(l)) break;
    const m = /^\s*[-*+] (.*)$/.exec(l);
    if (m) items.push(m[1]!.trim());
  }
  return items;
}

/** Adds values to a frontmatter list (made if missing), keeping the rest of the YAML. */
function setList(text: string, key: string, values: readonly string[]): string {
  return editFrontmatter(text, (doc) => {
    const current = doc.get(key);
    const have = isSeq(current) ? current.items.map((i) => String((i as { value?: unknown }).value ?? i)) : typeof current === "string" ? [current] : [];
    const next = [...have];
    for (const v of values) if (!next.some((h) => foldName(h) === foldName(v))) next.push(v);
    if (next.length !== have.length) doc.set(key, next);
  });
}

function setScalar(text: string, key: string, value: string): string {
  return editFrontmatter(text, (doc) => doc.set(key, value));
}

function editFrontmatter(text: string, edit: (doc: ReturnType<typeof parseDocument>) => void): string {
  const m = /^---\n([\s\S]*?)\n?---\n/.exec(text);
  const doc = parseDocument(m ? m[1]! : "");
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  edit(doc);
  const yaml = doc.toString({ lineWidth: 0 });
  return `---\n${yaml}---\n${m ? text.slice(m[0].length) : text}`;
}
