import { documentSource } from "./document-source.ts";
import { htmlBlocks } from "./html-blocks.ts";
import { parseStampedTurns, stampedTurnsParser } from "./parse-stamped-turns.ts";
import { SourceError } from "./source-error.ts";
import type { BinaryInput, BinarySourceParser, ParsedSource } from "./source-parser.ts";

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * Word `.docx` files, read with mammoth. A Teams meeting transcript (`Name   0:03` headers, each
 * followed by what was said) becomes a transcript with format `teams-docx`; anything else a
 * document (`docx`): one segment per paragraph, heading or list item, title from the first heading.
 */
export const docxParser: BinarySourceParser = {
  format: "docx",

  detect({ bytes, fileName }: BinaryInput): number {
    if (!ZIP.every((b, i) => bytes[i] === b)) return 0;
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes("word/document.xml")) return 1;
    // A zip named .docx without Word's parts is a damaged one: mammoth says what is wrong.
    return /\.docx$/i.test(fileName) ? 0.5 : 0;
  },

  async parse({ bytes, fileName }: BinaryInput): Promise<ParsedSource> {
    const mammoth = (await import("mammoth")).default; // loaded on first use: most runs read no .docx
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let raw: string;
    try {
      raw = (await mammoth.extractRawText({ buffer })).value.replace(/\r\n?/g, "\n");
    } catch (error) {
      throw new SourceError("undecodable", `not a readable .docx file (${firstLine(error)})`);
    }
    const input = { text: raw, fileName };
    if (stampedTurnsParser.detect(input) > 0) return parseStampedTurns(input, "teams-docx");
    // Images are dropped, not inlined as data URIs: only the text matters here.
    const convertImage = mammoth.images.imgElement(async () => ({ src: "" }));
    const html = await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: true, convertImage });
    const { firstHeading, blocks } = htmlBlocks(html.value);
    return documentSource({ format: "docx", fileName, title: firstHeading, blocks });
  },
};

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "unknown error";
}
