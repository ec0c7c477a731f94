import path from "node:path";
import { readSourceFile } from "../../sources/read-source-documents.ts";
import type { SourceDocument } from "../../sources/source-document.ts";
import { SourceError } from "../../sources/source-error.ts";
import { line, type CliIO } from "../io.ts";
import { parseLimits, type ParseLimitFlags } from "../parse-limits.ts";

export type ParseCommandOptions = { json?: boolean } & ParseLimitFlags;

/**
 * Prints what Mnemo reads from one file, for checking how an input is understood: the
 * SourceDocument (an array of them for a file holding several sources, such as an mbox).
 */
export async function parse(file: string, options: ParseCommandOptions, io: CliIO): Promise<number> {
  const abs = path.resolve(io.cwd, file);
  let documents: SourceDocument[];
  try {
    documents = (await readSourceFile(abs, { ...parseLimits(options), env: io.env })).documents;
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    line(io.stderr, `mnemo: ${abs}: ${error.message}`);
    return 1;
  }
  if (options.json) {
    line(io.stdout, JSON.stringify(documents.length === 1 ? documents[0] : documents, null, 2));
    return 0;
  }
  for (const doc of documents) {
    const speakers = [...new Set(doc.segments.map((s) => s.speaker).filter((s): s is string => !!s))];
    line(io.stdout, `${doc.fileName}: ${doc.kind} (${doc.format})`);
    line(io.stdout, `title: ${doc.title ?? "(none)"}`);
    line(io.stdout, `date: ${doc.date ?? "(unknown)"}`);
    line(io.stdout, `segments: ${doc.segments.length}${doc.messages.length ? `, messages: ${doc.messages.length}` : ""}`);
    line(io.stdout, `speakers: ${speakers.join(", ") || "(none named)"}`);
    if (doc.automated) line(io.stdout, "automated: yes");
    for (const w of doc.warnings) line(io.stdout, `warning: ${w}`);
  }
  return 0;
}
