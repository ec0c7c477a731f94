import type { Segment } from "./source-document.ts";
import type { ParsedSource } from "./source-parser.ts";
import { fileNameInfo } from "./file-name-info.ts";
import { findDate } from "./find-date.ts";
import { SourceError } from "./source-error.ts";
import { titleParticipants } from "./title-participants.ts";

/** One paragraph, list item or heading of a document, in reading order. */
export type DocumentBlock = { text: string; heading?: boolean };

export type DocumentParts = {
  format: string;
  fileName: string;
  /** A title the container states (HTML `<title>`, PDF metadata, front matter), preferred over the first heading. */
  title?: string | null;
  /** Other text that may carry the document's date (front matter, metadata), searched before the content. */
  dateHints?: readonly (string | null | undefined)[];
  blocks: readonly DocumentBlock[];
  warnings?: readonly string[];
};

/** How many leading blocks may carry the document's date (`Date: 14 March 2025` under the title). */
const DATE_BLOCKS = 5;

/**
 * The common ending of every document parser: one segment per block (speaker and times null, whitespace
 * collapsed), title from the container, else the first heading, else the file name; date from the title,
 * the hints, the first blocks, else the file name. A document without any text is "empty".
 */
export function documentSource(parts: DocumentParts): ParsedSource {
  const segments: Segment[] = [];
  let firstHeading: string | null = null;
  for (const block of parts.blocks) {
    const text = block.text.replace(/\s+/g, " ").trim();
    if (text === "") continue;
    if (block.heading && firstHeading === null) firstHeading = text;
    segments.push({ speaker: null, start: null, end: null, text });
  }
  if (segments.length === 0) throw new SourceError("empty", `${parts.format} document has no text`);
  const fromName = fileNameInfo(parts.fileName);
  const stated = parts.title?.replace(/\s+/g, " ").trim() || null;
  const title = stated ?? firstHeading ?? fromName.title;
  let date = title === null ? null : findDate(title);
  for (const hint of parts.dateHints ?? []) if (hint) date ??= findDate(hint);
  for (const segment of segments.slice(0, DATE_BLOCKS)) date ??= findDate(segment.text);
  date ??= fromName.date;
  return {
    kind: "document",
    format: parts.format,
    title,
    date,
    participantsHint: titleParticipants(title),
    segments,
    messages: [],
    automated: false,
    warnings: [...(parts.warnings ?? [])],
  };
}
