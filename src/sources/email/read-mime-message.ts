import type { AddressObject, Attachment, ParsedMail } from "mailparser";
import type { EmailAddress, EmailMessage } from "../source-document.ts";
import { hasAutomatedHeaders, type RawHeader } from "./automated-headers.ts";
import { htmlToMailText } from "./html-to-mail-text.ts";
import { mimeDate } from "./mime-date.ts";
import { parseAddress } from "./parse-address.ts";

/** One RFC 822 message read from its bytes, before any cleaning. */
export type MimeMessage = {
  /** `body` is the raw text (the text/plain part, else the HTML part as text); `attachments` are the MIME attachments. */
  message: EmailMessage;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** The Date header as a point in time, for ordering a thread; null when it is missing or unreadable. */
  sentAt: Date | null;
  /** Headers alone mark it as automated (List-Unsubscribe, Auto-Submitted, Precedence: bulk). */
  automatedHeaders: boolean;
};

/**
 * Reads one message with mailparser: multipart bodies, quoted-printable and base64, encoded-word
 * headers, any charset; an HTML-only body becomes text. Attachments are listed by name (inline
 * images that only illustrate the HTML are left out), never decoded into the text.
 */
export async function readMimeMessage(bytes: Uint8Array): Promise<MimeMessage> {
  const { simpleParser } = await import("mailparser"); // loaded on first use: most runs read no .eml
  const parsed = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipTextLinks: true,
    skipImageLinks: true,
  });
  const headers = rawHeaders(parsed);
  const dateHeader = headers.find((header) => header.name === "date")?.value ?? null;
  // As written (ids are case-sensitive): a reply draft must quote them exactly.
  const id = exactIds(parsed.messageId)[0] ?? null;
  const references = exactIds(parsed.references);
  const message: EmailMessage = {
    from: addresses(parsed.from)[0] ?? { name: null, email: null },
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    date: mimeDate(dateHeader === null ? null : parsed.date, dateHeader),
    subject: parsed.subject?.trim() || null,
    body: bodyText(parsed),
    attachments: listAttachments(parsed.attachments),
    ...(id !== null ? { messageId: id } : {}),
    ...(references.length ? { references } : {}),
  };
  return {
    message,
    messageId: messageId(parsed.messageId),
    inReplyTo: messageIds(parsed.inReplyTo)[0] ?? null,
    references: messageIds(parsed.references),
    sentAt: dateHeader !== null && parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : null,
    automatedHeaders: hasAutomatedHeaders(headers),
  };
}

/** The text/plain part; for mail that has only HTML (in any multipart layout), the HTML as text. */
function bodyText(parsed: ParsedMail): string {
  if (parsed.text !== undefined && parsed.text.trim() !== "") return parsed.text;
  return typeof parsed.html === "string" ? htmlToMailText(parsed.html) : "";
}

function rawHeaders(parsed: ParsedMail): RawHeader[] {
  return parsed.headerLines.map(({ key, line }) => ({
    name: key.toLowerCase(),
    value: line.slice(line.indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " ").trim(),
  }));
}

function addresses(field: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  if (field === undefined) return [];
  const out: EmailAddress[] = [];
  const visit = (entries: readonly { name: string; address?: string | undefined; group?: unknown[] | undefined }[]): void => {
    for (const entry of entries) {
      if (entry.group) visit(entry.group as typeof entries);
      else {
        const address = parseAddress(entry.address ? `${quoteName(entry.name)} <${entry.address}>` : entry.name);
        if (address.name !== null) address.name = firstNameFirst(address.name);
        if (address.name !== null || address.email !== null) out.push(address);
      }
    }
  };
  for (const object of Array.isArray(field) ? field : [field]) visit(object.value);
  return out;
}

/** `Okafor, Maya` (Outlook's directory form) → `Maya Okafor`; other names stay as written. */
const LAST_FIRST = /^(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?), (?!(?:Inc|Ltd|LLC|LLP|GmbH|Corp|Co|AG|SA|BV|Jr|Sr)\b)(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}\.?)?)$/u;

function firstNameFirst(name: string): string {
  const match = LAST_FIRST.exec(name);
  return match ? `${match[2]} ${match[1]}` : name;
}

function quoteName(name: string): string {
  return name === "" ? "" : `"${name.replace(/"/g, "")}"`;
}

function listAttachments(attachments: readonly Attachment[]): string[] {
  const names: string[] = [];
  for (const attachment of attachments) {
    // Images referenced from the HTML (logos, signature icons) are part of its look, not attachments.
    if (attachment.related && attachment.contentDisposition !== "attachment") continue;
    const name = attachment.filename?.trim() || `unnamed ${attachment.contentType}`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function messageIds(value: string | string[] | undefined): string[] {
  return [...new Set(exactIds(value).map((id) => id.toLowerCase()))];
}

function exactIds(value: string | string[] | undefined): string[] {
  const all = (Array.isArray(value) ? value : [value ?? ""]).join(" ");
  const ids = all.match(/<[^<>\s]+>/g) ?? all.split(/\s+/).filter((id) => id.includes("@"));
  return [...new Set(ids.map((id) => id.replace(/^<|>$/g, "")))];
}

function messageId(value: string | undefined): string | null {
  return messageIds(value)[0] ?? null;
}
