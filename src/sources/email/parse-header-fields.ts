import type { EmailAddress } from "../source-document.ts";
import { parseAddress } from "./parse-address.ts";
import { parseAddressList } from "./parse-address-list.ts";
import { parseEmailDate } from "./parse-email-date.ts";

/** Who wrote a quoted or forwarded message, as far as its header line(s) say. */
export type QuoteHeader = {
  from: EmailAddress;
  to: EmailAddress[];
  cc: EmailAddress[];
  date: string | null;
  subject: string | null;
};

/** Header field names per language, mapped to the field they fill. */
const FIELD_NAMES: Record<string, keyof QuoteHeader | "skip"> = {
  from: "from", de: "from", von: "from", van: "from", da: "from", "från": "from", fra: "from", od: "from",
  sent: "date", date: "date", "envoyé": "date", gesendet: "date", enviado: "date", verzonden: "date",
  inviato: "date", datum: "date", fecha: "date", data: "date", skickat: "date", sendt: "date",
  to: "to", "à": "to", an: "to", para: "to", aan: "to", a: "to", till: "to", til: "to", do: "to",
  cc: "cc", kopie: "cc", "cópia": "cc",
  subject: "subject", objet: "subject", betreff: "subject", asunto: "subject", assunto: "subject",
  onderwerp: "subject", oggetto: "subject", "ämne": "subject", emne: "subject", temat: "subject",
  bcc: "skip", "reply-to": "skip", importance: "skip", when: "skip", where: "skip", priority: "skip",
};

const FIELD_LINE = /^\**([A-Za-zÀ-ÿ-]{1,12}):\**\s*(.*)$/;
const INLINE_SPLIT = /\s+(?=\**(?:Sent|Date|To|Cc|Bcc|Subject|Envoyé|À|Objet|Gesendet|An|Betreff|Enviado|Para|Asunto):\**\s)/;

/** True when `line` is a header field line (`From: …`, `Sent: …`, `Objet : …`). */
export function isHeaderFieldLine(line: string): boolean {
  const match = FIELD_LINE.exec(line.trim().replace(/\s+:/, ":"));
  return match !== null && match[1]!.toLowerCase() in FIELD_NAMES;
}

/** Reads consecutive `Key: value` lines (one per line, or all on one Outlook line) into a header. */
export function parseHeaderFields(lines: readonly string[]): QuoteHeader {
  const header: QuoteHeader = { from: { name: null, email: null }, to: [], cc: [], date: null, subject: null };
  const fields = lines.flatMap((line) => line.trim().split(INLINE_SPLIT));
  for (const field of fields) {
    const match = FIELD_LINE.exec(field.trim().replace(/\s+:/, ":"));
    if (!match) continue;
    const target = FIELD_NAMES[match[1]!.toLowerCase()];
    const value = match[2]!.trim();
    if (target === "from" && header.from.name === null && header.from.email === null) header.from = parseAddress(value);
    else if (target === "to" && header.to.length === 0) header.to = parseAddressList(value);
    else if (target === "cc" && header.cc.length === 0) header.cc = parseAddressList(value);
    else if (target === "date" && header.date === null) header.date = parseEmailDate(value);
    else if (target === "subject" && header.subject === null) header.subject = value === "" ? null : value;
  }
  return header;
}
