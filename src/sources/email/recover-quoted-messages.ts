import type { EmailMessage } from "../source-document.ts";
import { cleanMessageText } from "./clean-message-text.ts";
import type { QuotedMessage } from "./strip-quoted-history.ts";

/**
 * Turns the quoted history of one message into messages of their own, oldest first. Exports often
 * hold only the latest reply of a long thread, or leave out the owner's own replies, so the quoted
 * copies are the only place where those earlier messages exist. Blocks without a known author and
 * blocks that are empty once cleaned are left out.
 */
export function recoverQuotedMessages(history: readonly QuotedMessage[]): EmailMessage[] {
  const recovered: EmailMessage[] = [];
  for (const block of history) {
    const { from } = block.header;
    if (from.name === null && from.email === null) continue;
    const cleaned = cleanMessageText(block.text, from);
    if (cleaned.text.trim() === "") continue;
    recovered.push({
      from,
      to: block.header.to,
      cc: block.header.cc,
      date: block.header.date,
      subject: block.header.subject,
      body: cleaned.text,
      attachments: cleaned.attachments,
    });
  }
  return recovered.reverse();
}
