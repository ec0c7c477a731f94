import type { EmailMessage, Segment } from "./source-document.ts";
import { SourceError } from "./source-error.ts";
import type { ParseInput, ParsedSource, SourceParser } from "./source-parser.ts";
import { cleanEmailBody } from "./email/clean-email-body.ts";
import { isSameMessage } from "./email/is-same-message.ts";
import { parseAddressList } from "./email/parse-address-list.ts";
import { participantsHint } from "./email/participants-hint.ts";
import { recoverQuotedMessages } from "./email/recover-quoted-messages.ts";
import { MESSAGE_HEADING, splitAppleMailExport, type ExportBlock } from "./email/split-apple-mail-export.ts";

const FORMAT = "apple-mail-md";

/**
 * Apple Mail threads exported to markdown: a `# Subject` title, an `- Exported:` / `- Messages:` header,
 * then one `## YYYY-MM-DD HH:MM:SS — Name <email>` block per message with `**Subject:**` and a
 * `> `-prefixed body, closed by `---`. Also reads the single-message variant with `**From:**`,
 * `**To:**`, `**Cc:**`, `**Date:**` fields under the title.
 *
 * Each body is cleaned (quoted history, signature, footer and attachment placeholders removed).
 * Earlier messages that exist only as quotes (a long thread exported as its last reply, or the
 * owner's own replies) are recovered as messages of their own, placed before the message that quoted
 * them and de-duplicated against the rest of the thread.
 */
export const appleMailParser: SourceParser = {
  format: FORMAT,
  kind: "email",
  detect: detectAppleMail,
  parse: parseAppleMail,
};

function detectAppleMail(input: ParseInput): number {
  const text = input.text.slice(0, 20_000).replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  const hasHeading = lines.some((line) => MESSAGE_HEADING.test(line));
  const hasExportHeader = /^- Exported: \d{4}-\d{2}-\d{2}/m.test(text);
  const hasMessageCount = /^- Messages: \d+\s*$/m.test(text);
  const hasSubjectField = /^\*\*Subject:\*\*/m.test(text);
  if (hasHeading && (hasExportHeader || hasSubjectField)) return 0.95;
  if (hasHeading) return 0.8;
  if (hasExportHeader && hasMessageCount) return 0.7;
  const fieldHeader = /^#\s+\S/m.test(text) && /^\*\*From:\*\*\s*\S/m.test(text) && /^\*\*(?:To|Date|Subject):\*\*/m.test(text);
  return fieldHeader ? 0.8 : 0;
}

function parseAppleMail(input: ParseInput): ParsedSource {
  if (input.text.trim() === "") throw new SourceError("empty", `${input.fileName} is empty`);
  const exported = splitAppleMailExport(input.text);
  const warnings: string[] = [];
  const { blocks } = exported;

  if (blocks.length === 0) {
    if (exported.hasExportHeader) {
      throw new SourceError("truncated", `${input.fileName} has an Apple Mail export header but no message`);
    }
    throw new SourceError("unrecognised", `${input.fileName} has no Apple Mail message block`);
  }
  checkCompleteness(exported.declaredCount, blocks, input.fileName, warnings);

  const messages: EmailMessage[] = [];
  const exportedMessages: EmailMessage[] = [];
  const exportedAutomated: boolean[] = [];
  let recoveredCount = 0;
  for (const block of blocks) {
    const subject = block.fields.subject ?? null;
    const cleaned = cleanEmailBody(block.body, block.from, subject);
    const message: EmailMessage = {
      from: block.from,
      to: parseAddressList(block.fields.to ?? ""),
      cc: parseAddressList(block.fields.cc ?? ""),
      date: block.date,
      subject: subject === "" ? null : subject,
      body: cleaned.body,
      attachments: unique([...fieldList(block.fields.attachments ?? block.fields.attachment), ...cleaned.attachments]),
    };
    for (const earlier of recoverQuotedMessages(cleaned.history)) {
      const known = messages.find((candidate) => isSameMessage(candidate, earlier));
      if (known) {
        fillRecipients(known, earlier);
        continue;
      }
      messages.push(earlier);
      recoveredCount++;
    }
    const duplicate = messages.findIndex((known) => isSameMessage(known, message));
    if (duplicate >= 0 && !exportedMessages.includes(messages[duplicate]!)) {
      // A recovered copy turned up before the exported original: keep the original, with the copy's recipients.
      fillRecipients(message, messages[duplicate]!);
      messages.splice(duplicate, 1);
      recoveredCount--;
    }
    messages.push(message);
    exportedMessages.push(message);
    exportedAutomated.push(cleaned.automated);
    if (cleaned.forwardedFrom) warnings.push(`message ${exportedMessages.length} is a forward: its forwarded content is the body`);
  }
  fillMissingEmails(messages);
  if (recoveredCount > 0) {
    warnings.push(`${recoveredCount} earlier message${recoveredCount === 1 ? "" : "s"} recovered from quoted history`);
  }

  const segments: Segment[] = messages.map((message) => ({
    speaker: message.from.name ?? message.from.email,
    start: null,
    end: null,
    text: message.body,
  }));
  const firstDate = exportedMessages.find((message) => message.date !== null)?.date ?? null;
  return {
    kind: "email",
    format: FORMAT,
    title: exported.title ?? exportedMessages[0]?.subject ?? null,
    date: firstDate?.slice(0, 10) ?? dateFromFileName(input.fileName),
    participantsHint: participantsHint(messages),
    segments,
    messages,
    // A notification someone answered is a conversation: automated only when every exported message is.
    automated: exportedAutomated.length > 0 && exportedAutomated.every(Boolean),
    warnings,
  };
}

/**
 * A file cut off in the middle of a block is an error only when nothing usable is left; otherwise the
 * messages that are there are read and the gap is reported.
 */
function checkCompleteness(declared: number | null, blocks: readonly ExportBlock[], fileName: string, warnings: string[]): void {
  const last = blocks[blocks.length - 1]!;
  const hasBody = (block: ExportBlock): boolean => block.body.trim() !== "";
  const cutOff = !last.closed || (declared !== null && declared > blocks.length);
  if (cutOff && !blocks.some(hasBody)) {
    throw new SourceError("truncated", `${fileName} ends before its first message has a body`);
  }
  if (!last.closed && !hasBody(last)) warnings.push(`last message (${last.date ?? "no date"}) is cut off after its heading`);
  else if (!last.closed) warnings.push("last message has no closing `---`: the export may be cut off");
  if (declared !== null && declared !== blocks.length) {
    warnings.push(`export header announces ${declared} messages, ${blocks.length} found`);
  }
}

/** The export's headings carry no To/Cc; a quoted copy's header often does. */
function fillRecipients(target: EmailMessage, copy: EmailMessage): void {
  if (target.to.length === 0) target.to = copy.to;
  if (target.cc.length === 0) target.cc = copy.cc;
}

/** `On 10/7/25, David Ellis wrote:` names no address; another message from the same name may. */
function fillMissingEmails(messages: EmailMessage[]): void {
  const known = new Map<string, string>();
  for (const message of messages) {
    if (message.from.name && message.from.email) known.set(message.from.name.toLowerCase(), message.from.email);
  }
  for (const message of messages) {
    if (message.from.name && message.from.email === null) {
      const email = known.get(message.from.name.toLowerCase());
      if (email) message.from = { ...message.from, email };
    }
  }
}

function fieldList(value: string | undefined): string[] {
  if (value === undefined || value.trim() === "") return [];
  return value.split(/\s*[,;]\s*/).map((item) => item.replace(/^<|>$/g, "").trim()).filter((item) => item !== "");
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function dateFromFileName(fileName: string): string | null {
  const match = /(\d{4})-(\d{2})-(\d{2})/.exec(fileName);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}
