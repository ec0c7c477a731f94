import { parseAddress } from "./parse-address.ts";
import { parseEmailDate } from "./parse-email-date.ts";
import type { QuoteHeader } from "./parse-header-fields.ts";

const ATTRIBUTION =
  /^(?:On|Le|El|Am|Il|Op|Em|Den|På|W dniu)\s+(.*?)[\s,]*\b(wrote|a écrit|escribió|schrieb|ha scritto|schreef|escreveu|skrev|napisał(?:\(a\))?)\s*(.*?)\s*:\s*$/i;
const TIME = /\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?(?![A-Za-z]))?/g;
const YEAR = /\b(?:19|20)\d{2}\b/g;
const ZONE = /^\s*\(?(?:UTC|GMT|[A-Z]{1,2}[SD]T|CES?T|BST|IST)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?\)?(?=[\s,]|$)/;

/** True when `line` is a reply attribution such as `On Thu, Dec 11, 2025 at 8:00 AM Ray <r@x.com> wrote:`. */
export function isAttributionLine(line: string): boolean {
  const text = line.trim();
  return text.length <= 300 && ATTRIBUTION.test(text) && /[\d@]/.test(text);
}

/** Reads the author and date out of a reply attribution line (English and a few other languages). */
export function parseAttribution(line: string): QuoteHeader {
  const header: QuoteHeader = { from: { name: null, email: null }, to: [], cc: [], date: null, subject: null };
  const match = ATTRIBUTION.exec(line.trim());
  if (!match) return header;
  const before = match[1]!;
  const after = match[3]!;
  if (after !== "") {
    // German and Dutch put the author after the verb: `Am 9. Dez. 2025 um 10:00 schrieb Max <m@x.de>:`.
    header.from = parseAddress(after);
    header.date = parseEmailDate(before);
    return header;
  }
  let rest = before;
  let email: string | null = null;
  const angled = /<([^<>\s]+@[^<>\s]+)>/.exec(rest);
  if (angled) {
    email = angled[1]!.toLowerCase();
    rest = rest.slice(0, angled.index) + rest.slice(angled.index + angled[0].length);
  } else {
    const bare = /\s([^\s<>@]+@[^\s<>@]+\.[a-z]{2,})\s*$/i.exec(rest);
    if (bare) {
      email = bare[1]!.toLowerCase();
      rest = rest.slice(0, bare.index);
    }
  }
  rest = rest.trim();
  const cut = Math.max(lastEnd(rest, TIME), lastEnd(rest, YEAR));
  let datePart = rest;
  let namePart = "";
  if (cut > 0) {
    datePart = rest.slice(0, cut);
    namePart = rest.slice(cut).replace(ZONE, "");
  } else if (rest.includes(",")) {
    datePart = rest.slice(0, rest.lastIndexOf(","));
    namePart = rest.slice(rest.lastIndexOf(",") + 1);
  }
  namePart = namePart.replace(/^[\s,]+|[\s,]+$/g, "");
  header.from = parseAddress(email ? `${namePart} <${email}>` : namePart);
  header.date = parseEmailDate(datePart);
  return header;
}

function lastEnd(text: string, pattern: RegExp): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}
