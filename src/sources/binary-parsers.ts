import type { BinarySourceParser } from "./source-parser.ts";
import { docxParser } from "./parse-docx.ts";
import { pdfParser } from "./parse-pdf.ts";

/** Formats read from bytes, tried before the bytes are decoded as text (`parseSource`). */
export const binaryParsers: readonly BinarySourceParser[] = [docxParser, pdfParser];
