import type { EmailAddress } from "../source-document.ts";
import { parseAddress } from "./parse-address.ts";
import { parseEmailDate } from "./parse-email-date.ts";

/** One `## date — Sender` block of an Apple Mail markdown export, before any cleaning. */
export type ExportBlock = {
  from: EmailAddress;
  /** ISO local date-time from the heading (or a `**Date:**` field). */
  date: string | null;
  /** `**Subject:**`, `**To:**`, … fields under the heading, keyed by lowercased name. */
  fields: Record<string, string>;
  /** Body with the export's `> ` prefix removed. */
  body: string;
  /** False when the block has no closing `---` (the file may have been cut off). */
  closed: boolean;
};

export type AppleMailExport = {
  title: string | null;
  /** `- Messages: N` from the export header, if present. */
  declaredCount: number | null;
  /** True when the export header (`- Exported:` / `- Messages:`) is present. */
  hasExportHeader: boolean;
  blocks: ExportBlock[];
};

/** `## 2025-12-11 09:00:38 — Ray Coetzee <ray@example.com>` */
export const MESSAGE_HEADING =
  /^##\s+(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2}(?::\d{2})?))?\s+[—–-]{1,2}\s+(.+?)\s*$/;
const FIELD = /^\*\*([A-Za-z][A-Za-z -]{0,20}):\*\*\s*(.*)$/;

/**
 * Splits an Apple Mail markdown export into its title, header and message blocks. Also reads the
 * single-message variant that has `**From:**`/`**To:**`/`**Date:**` fields under the title instead of
 * `## date — sender` headings, with an unprefixed body.
 */
export function splitAppleMailExport(text: string): AppleMailExport {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const titleLine = lines.find((line) => /^#\s+\S/.test(line));
  const title = titleLine ? titleLine.replace(/^#\s+/, "").trim() : null;
  const firstHeading = lines.findIndex((line) => MESSAGE_HEADING.test(line));
  const head = firstHeading >= 0 ? lines.slice(0, firstHeading) : lines.slice(0, 20);
  const declared = head.map((line) => /^-\s*Messages:\s*(\d+)/.exec(line)).find((match) => match !== null);
  const hasExportHeader = head.some((line) => /^-\s*(?:Exported|Messages):/.test(line));
  const result: AppleMailExport = {
    title: title === "" ? null : title,
    declaredCount: declared ? Number(declared[1]) : null,
    hasExportHeader,
    blocks: [],
  };
  if (firstHeading >= 0) {
    let start = firstHeading;
    while (start < lines.length) {
      let end = start + 1;
      while (end < lines.length && !MESSAGE_HEADING.test(lines[end]!)) end++;
      result.blocks.push(readHeadingBlock(lines.slice(start, end)));
      start = end;
    }
  } else {
    const single = readFieldBlock(lines, titleLine ? lines.indexOf(titleLine) + 1 : 0);
    if (single) result.blocks.push(single);
  }
  return result;
}

function readHeadingBlock(lines: readonly string[]): ExportBlock {
  const heading = MESSAGE_HEADING.exec(lines[0]!)!;
  const date = heading[2] ? parseEmailDate(`${heading[1]} ${heading[2]}`) : heading[1]!;
  const fields: Record<string, string> = {};
  let i = 1;
  while (i < lines.length && lines[i]!.trim() === "") i++;
  for (; i < lines.length; i++) {
    const field = FIELD.exec(lines[i]!);
    if (!field) break;
    fields[field[1]!.trim().toLowerCase()] = field[2]!.trim();
  }
  const body = lines.slice(i);
  while (body.length > 0 && body[body.length - 1]!.trim() === "") body.pop();
  const closed = body.length > 0 && /^-{3,}\s*$/.test(body[body.length - 1]!);
  if (closed) body.pop();
  return {
    from: parseAddress(heading[3]!),
    date: fields.date ? (parseEmailDate(fields.date) ?? date) : date,
    fields,
    body: body.map((line) => line.replace(/^> ?/, "")).join("\n"),
    closed,
  };
}

function readFieldBlock(lines: readonly string[], from: number): ExportBlock | null {
  const fields: Record<string, string> = {};
  let i = from;
  while (i < lines.length && lines[i]!.trim() === "") i++;
  for (; i < lines.length; i++) {
    const field = FIELD.exec(lines[i]!);
    if (!field) break;
    fields[field[1]!.trim().toLowerCase()] = field[2]!.trim();
  }
  if (fields.from === undefined) return null;
  return {
    from: parseAddress(fields.from),
    date: fields.date ? parseEmailDate(fields.date) : null,
    fields,
    body: lines.slice(i).join("\n"),
    closed: true,
  };
}
