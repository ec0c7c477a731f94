import type { MailAddress } from "./outbox-thread.ts";

/** A draft email: what `renderEml` writes as an RFC 5322 message. */
export type EmlDraft = {
  from: MailAddress | null;
  to: readonly MailAddress[];
  cc?: readonly MailAddress[];
  subject: string;
  date: Date;
  /** Without angle brackets. */
  messageId: string;
  inReplyTo: string | null;
  references: readonly string[];
  body: string;
};

const CRLF = "\r\n";

/**
 * An RFC 5322 / MIME message a mail client opens as a draft (`X-Unsent: 1`): CRLF line endings,
 * non-ASCII display names and subjects as RFC 2047 encoded words, header lines folded under 78
 * characters, a UTF-8 text/plain body in quoted-printable so the file stays 7-bit clean.
 */
export function renderEml(d: EmlDraft): string {
  const headers: string[] = [];
  if (d.from) headers.push(addressHeader("From", [d.from]));
  if (d.to.length) headers.push(addressHeader("To", d.to));
  if (d.cc?.length) headers.push(addressHeader("Cc", d.cc));
  headers.push(unstructured("Subject", d.subject));
  headers.push(`Date: ${rfc5322Date(d.date)}`);
  headers.push(`Message-ID: <${d.messageId}>`);
  if (d.inReplyTo) headers.push(`In-Reply-To: <${d.inReplyTo}>`);
  if (d.references.length) headers.push(foldList("References:", d.references.map((id) => `<${id}>`), " "));
  headers.push("MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "X-Unsent: 1");
  return `${headers.join(CRLF)}${CRLF}${CRLF}${quotedPrintable(d.body)}${CRLF}`;
}

/** `Name <addr>` with the name quoted or encoded as needed; a bare address when there is no name. */
export function formatMailbox(a: MailAddress): string {
  if (!a.name) return `<${a.email}>`;
  return `${displayName(a.name)} <${a.email}>`;
}

function displayName(name: string): string {
  if (!isAscii(name)) return encodedWords(name).join(" ");
  if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(name)) return name;
  return `"${name.replace(/[\\"]/g, "\\$&")}"`;
}

function addressHeader(field: string, list: readonly MailAddress[]): string {
  return foldList(`${field}:`, list.map(formatMailbox), ", ");
}

/**
 * `head` and the items, separated by `sep` (", " or " "); a line that would pass 78 characters goes
 * on as a continuation line (CRLF + space), which unfolds back to the same text.
 */
function foldList(head: string, items: readonly string[], sep: string): string {
  const lines: string[] = [];
  let current = head;
  items.forEach((item, i) => {
    const piece = i < items.length - 1 ? `${item}${sep.trimEnd()}` : item;
    if (i > 0 && current.length + 1 + piece.length > 78) {
      lines.push(current);
      current = ` ${piece}`;
    } else {
      current += ` ${piece}`;
    }
  });
  lines.push(current);
  return lines.join(CRLF);
}

/** An unstructured header (Subject): ASCII folded at spaces; otherwise encoded words, one per line. */
function unstructured(field: string, value: string): string {
  const text = value.replace(/\s+/g, " ").trim();
  if (isAscii(text)) return foldList(`${field}:`, text.split(" "), " ");
  return `${field}: ${encodedWords(text).join(`${CRLF} `)}`;
}

/** RFC 2047 `=?UTF-8?B?…?=` words of at most 75 characters, never splitting a character. */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = "";
  const fits = (s: string) => Buffer.byteLength(s, "utf8") <= 39; // 39 bytes: 52 base64 characters + 12, so "Subject: " + a word fits in 78
  for (const ch of text) {
    if (!fits(chunk + ch)) {
      words.push(chunk);
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, "utf8").toString("base64")}?=`);
}

/** RFC 2045 §6.7 quoted-printable of UTF-8 text, CRLF line breaks, soft breaks before 76 characters. */
export function quotedPrintable(text: string): string {
  return text
    .replace(/\r\n|\r/g, "\n")
    .split("\n")
    .map((line) => {
      const bytes = Buffer.from(line, "utf8");
      const tokens: string[] = [];
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const plain = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        tokens.push(plain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, "0")}`);
      });
      const out: string[] = [];
      let current = "";
      for (const t of tokens) {
        if (current.length + t.length > 75) {
          out.push(`${current}=`);
          current = "";
        }
        current += t;
      }
      out.push(current);
      return out.join(CRLF);
    })
    .join(CRLF);
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `Wed, 05 Nov 2025 10:00:00 +0000` (RFC 5322 §3.3), in UTC. */
export function rfc5322Date(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

function isAscii(s: string): boolean {
  return /^[\x20-\x7e]*$/.test(s);
}
