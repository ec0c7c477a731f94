import { convert } from "html-to-text";

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } }));

/**
 * The text of an HTML mail body as a person reads it: paragraphs and line breaks kept, lines not
 * re-wrapped, link targets and images left out (their URLs are noise to extraction), quotes
 * (`<blockquote>`) prefixed with `> ` so the quote cutting finds them as in plain-text mail.
 */
export function htmlToMailText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "head", format: "skip" },
      { selector: "table", format: "block" },
      { selector: "tr", format: "block" },
      { selector: "td", format: "inline" },
      ...HEADINGS,
    ],
  });
}
