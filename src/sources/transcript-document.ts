import type { Segment } from "./source-document.ts";
import type { ParsedSource } from "./source-parser.ts";
import { fileNameInfo } from "./file-name-info.ts";
import { findDate } from "./find-date.ts";
import { stripFiller } from "./strip-filler.ts";
import { titleParticipants } from "./title-participants.ts";

export type TranscriptParts = {
  format: string;
  fileName: string;
  /** Title written in the content (a `# ` heading), if any. */
  heading: string | null;
  /** Other content that may carry the meeting date (header lines, NOTE blocks), searched after the heading. */
  dateHints?: readonly string[];
  segments: readonly Segment[];
  warnings: readonly string[];
};

/**
 * The common ending of every transcript parser (which hands over its segment objects): strips non-speech filler from each segment (dropping
 * segments left empty), and fills title, date and participantsHint from the content, else the file name.
 */
export function transcriptDocument(parts: TranscriptParts): ParsedSource {
  const warnings = [...parts.warnings];
  const segments: Segment[] = [];
  let fillerOnly = 0;
  for (const segment of parts.segments) {
    const text = stripFiller(segment.text);
    if (text === "") {
      if (segment.text.trim() !== "") fillerOnly++;
      continue;
    }
    // The parser's own objects, updated in place: a long transcript is not copied once more.
    (segment as { text: string }).text = text;
    segments.push(segment);
  }
  if (fillerOnly > 0) {
    warnings.push(`${fillerOnly} segment${fillerOnly === 1 ? "" : "s"} held only non-speech filler and ${fillerOnly === 1 ? "was" : "were"} dropped`);
  }
  if (segments.length === 0) warnings.push("no spoken text found");

  const fromName = fileNameInfo(parts.fileName);
  const heading = parts.heading?.trim() || null;
  const title = heading ?? fromName.title;
  let date = heading === null ? null : findDate(heading);
  for (const hint of parts.dateHints ?? []) date ??= findDate(hint);
  date ??= fromName.date;
  const participantsHint = titleParticipants(heading);
  if (participantsHint.length === 0) participantsHint.push(...titleParticipants(fromName.title));

  return {
    kind: "transcript",
    format: parts.format,
    title,
    date,
    participantsHint,
    segments,
    messages: [],
    automated: false,
    warnings,
  };
}
