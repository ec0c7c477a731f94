import { linkOnce } from "./link-once.ts";
import { stringify } from "yaml";
import type { Extraction } from "../extract/extraction.ts";
import type { SourceKind } from "../sources/source-document.ts";
import { formatProposedTask } from "../tasks/format-proposed-task.ts";
import { GENERATED_KEY, marksFor } from "./generated-marks.ts";
import { linkNames } from "./link-names.ts";

export type NoteMeta = {
  sourceKind: SourceKind;
  /** Vault-relative path of the archived source. */
  sourceRef: string;
  contentHash: string;
  textHash?: string | undefined;
  ownerName: string;
  /** People whose names become `[[links]]` in the note's text. */
  linkedPeople: readonly string[];
  /** Lines linking the drafts made for this source in the outbox (`## Outbox`, only when there are some). */
  outbox?: readonly string[] | undefined;
  /** The note's `type` and what it is about, from src/entities (absent: the extractor's note type and entity). */
  classification?: { type: string; entity: string | null; entityType: "person" | "account" | "project" | null } | undefined;
};

const NONE = "_None found._";

/**
 * The note for one source, in the format users know from the original pipeline (frontmatter,
 * `# Title`, Date and With lines, Summary, Action Items as Obsidian Tasks lines, Decisions, Key
 * Information). Each section appears once, and list items are de-duplicated by normalised text.
 */
export function renderNote(x: Extraction, meta: NoteMeta): string {
  const link = (s: string) => linkNames(s, meta.linkedPeople);
  const c = meta.classification;
  const type = c?.type ?? x.note_type;
  const entity = c ? c.entity : x.entity;
  const frontmatter = {
    type,
    title: x.title,
    date: x.date,
    ...(entity ? { entity } : {}),
    ...(entity && c?.entityType ? { [c.entityType]: entity } : {}),
    participants: x.participants,
    source: meta.sourceKind,
    source_ref: meta.sourceRef,
    source_hash: meta.contentHash,
    ...(meta.textHash ? { text_hash: meta.textHash } : {}),
    tags: [`type/${type}`, "generated"],
  };
  const withLine = x.participants.map((p) => (meta.linkedPeople.includes(p) ? `[[${p}]]` : p)).join(", ");
  const tasks = unique(x.tasks, (t) => t.text).map((t) => formatProposedTask({ ...t, text: link(t.text) }, meta.ownerName));
  const body = [
    `# ${x.title}`,
    "",
    `**Date**: ${x.date}`,
    ...(withLine ? [`**With**: ${withLine}`] : []),
    "",
    "## Summary",
    "",
    ...(linkOnce(link(x.summary.trim())) || NONE).split("\n"),
    "",
    "## Action Items",
    "",
    ...orNone(tasks),
    "",
    "## Decisions",
    "",
    ...orNone(unique(x.decisions, (d) => d).map((d) => `- ${link(oneLine(d))}`)),
    "",
    "## Key Information",
    "",
    ...orNone(unique(x.facts, (f) => f).map((f) => `- ${link(oneLine(f))}`)),
    "",
    ...(meta.outbox?.length ? ["## Outbox", "", ...meta.outbox, ""] : []),
  ];
  const marked = { ...frontmatter, [GENERATED_KEY]: marksFor(frontmatter, body) };
  return ["---", stringify(marked, { lineWidth: 0 }).trimEnd(), "---", "", ...body].join("\n");
}

function orNone(items: string[]): string[] {
  return items.length ? items : [NONE];
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Keeps the first of items whose text is the same after lower-casing and dropping punctuation. */
export function unique<T>(items: readonly T[], text: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = normaliseText(text(item));
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function normaliseText(s: string): string {
  return s
    .toLowerCase()
    .replace(/\[\[([^\]|]*)(\|[^\]]*)?\]\]/g, "$1")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
