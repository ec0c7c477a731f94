import { documentSource } from "./document-source.ts";
import { htmlBlocks } from "./html-blocks.ts";
import type { ParseInput, ParsedSource, SourceParser } from "./source-parser.ts";

/**
 * HTML pages saved as documents (`.html`, `.htm`, or any file that starts like one): one segment per
 * paragraph, heading or list item; title from `<title>`, else the first heading, else the file name.
 */
export const htmlParser: SourceParser = {
  format: "html",
  kind: "document",

  detect({ text, fileName }: ParseInput): number {
    const head = text.slice(0, 4096).trimStart().toLowerCase();
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) return 0.9;
    if (/\.x?html?$/i.test(fileName) && /<(?:p|div|body|h[1-6]|table|ul|span)\b/i.test(head)) return 0.7;
    return 0;
  },

  parse({ text, fileName }: ParseInput): ParsedSource {
    const { title, firstHeading, blocks } = htmlBlocks(text);
    return documentSource({ format: "html", fileName, title: title ?? firstHeading, blocks });
  },
};
