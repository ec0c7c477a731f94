import type { getDocumentProxy as GetDocumentProxy } from "unpdf";
import type { DocumentBlock } from "./document-source.ts";
import { documentSource } from "./document-source.ts";
import { SourceError } from "./source-error.ts";
import type { BinaryInput, BinarySourceParser, ParsedSource } from "./source-parser.ts";

/** A line gap wider than this many font heights starts a new paragraph. */
const PARAGRAPH_GAP = 1.6;

type TextItem = { str: string; hasEOL: boolean; transform: number[]; height: number };

/**
 * PDF documents, from their text layer (read with unpdf's build of pdf.js): one segment per paragraph
 * (lines closer than 1.6 line heights belong together; a page break ends a paragraph), title from the
 * PDF's metadata, else the file name. A PDF without a text layer (a scan) is "empty".
 */
export const pdfParser: BinarySourceParser = {
  format: "pdf",

  detect({ bytes }: BinaryInput): number {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString("latin1");
    return head.includes("%PDF-") ? 1 : 0;
  },

  async parse({ bytes, fileName }: BinaryInput): Promise<ParsedSource> {
    const { getDocumentProxy } = await import("unpdf"); // loaded on first use: most runs read no PDF
    let pdf: Awaited<ReturnType<typeof GetDocumentProxy>>;
    try {
      // A copy: pdf.js may take over (detach) the buffer it is given, and the caller still hashes it.
      pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
    } catch (error) {
      const name = (error as { name?: unknown } | null)?.name;
      if (name === "PasswordException") throw new SourceError("unreadable", "the PDF is password-protected");
      throw new SourceError("undecodable", `not a readable PDF (${firstLine(error)})`);
    }
    try {
      const info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
      const blocks: DocumentBlock[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        blocks.push(...pageParagraphs(content.items.flatMap((i) => ("str" in i ? [i as TextItem] : []))));
        page.cleanup();
      }
      if (!blocks.some((b) => b.text.trim() !== "")) {
        throw new SourceError("empty", "the PDF has no text layer (a scanned image?); Mnemo reads only text");
      }
      const title = typeof info.Title === "string" ? info.Title : null;
      return documentSource({ format: "pdf", fileName, title, blocks });
    } finally {
      await pdf.destroy();
    }
  },
};

/** A page's text items as paragraphs, by the vertical gaps between their lines. */
function pageParagraphs(items: readonly TextItem[]): DocumentBlock[] {
  const paragraphs: DocumentBlock[] = [];
  let current = "";
  let line = "";
  let lastY: number | null = null;
  let lineY: number | null = null;
  let size = 0;
  const endLine = (): void => {
    if (line.trim() !== "") current = current === "" ? line.trim() : `${current} ${line.trim()}`;
    line = "";
  };
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const height = Math.abs(item.height || item.transform[3] || 0);
    if (item.str !== "" && lineY === null) {
      // The first item of a line: a gap wider than a paragraph's ends the paragraph before it.
      if (lastY !== null && size > 0 && Math.abs(lastY - y) > PARAGRAPH_GAP * size && current !== "") {
        paragraphs.push({ text: current });
        current = "";
      }
      lineY = y;
      size = height || size;
    }
    line += item.str;
    if (item.hasEOL) {
      endLine();
      if (lineY !== null) lastY = lineY;
      lineY = null;
    }
  }
  endLine();
  if (current !== "") paragraphs.push({ text: current });
  return paragraphs;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "unknown error";
}
