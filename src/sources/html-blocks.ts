import { convert } from "html-to-text";
import type { DocumentBlock } from "./document-source.ts";

/** Marks list items in html-to-text's output, so that each item becomes its own block. */
const ITEM = "\u2063\u2022 ";

const OPTIONS = {
  wordwrap: false as const,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "ul", options: { itemPrefix: ITEM } },
    { selector: "ol", format: "unorderedList", options: { itemPrefix: ITEM } },
    { selector: "table", format: "dataTable" },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
  ],
};

export type HtmlContent = {
  /** `<title>`, when the page has a non-empty one. */
  title: string | null;
  /** The text of the first `<h1>`–`<h6>`. */
  firstHeading: string | null;
  blocks: DocumentBlock[];
};

/**
 * The readable text of an HTML page (or a .docx converted to HTML) as blocks: paragraphs, headings
 * and each list item; scripts, styles, images and link targets dropped, entities decoded.
 */
export function htmlBlocks(html: string): HtmlContent {
  const title = innerText(/<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1]);
  const firstHeading = innerText(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]\s*>/i.exec(html)?.[1]);
  const text = convert(html, OPTIONS);
  const blocks: DocumentBlock[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const items = chunk.split(ITEM);
    for (const item of items) if (item.trim() !== "") blocks.push({ text: item });
  }
  if (firstHeading !== null && blocks[0]?.text.replace(/\s+/g, " ").trim() === firstHeading) blocks[0] = { text: firstHeading, heading: true };
  return { title, firstHeading, blocks };
}

function innerText(html: string | undefined): string | null {
  if (html === undefined) return null;
  const text = convert(html, { wordwrap: false }).replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}
