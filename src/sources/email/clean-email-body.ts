import type { EmailAddress } from "../source-document.ts";
import { cleanMessageText } from "./clean-message-text.ts";
import { detectAutomated } from "./detect-automated.ts";
import { normalizeEmailText } from "./normalize-email-text.ts";
import { formatAddress } from "./format-address.ts";
import { stripQuotedHistory, type QuotedMessage } from "./strip-quoted-history.ts";

/** A message body made ready for extraction, with what was taken out of it. */
export type CleanedBody = {
  /** The sender's own words: no quoted history, signature, footer or attachment placeholders. */
  body: string;
  attachments: string[];
  /** Earlier messages quoted below the new text, newest first (the forwarded one excluded when it became the body). */
  history: QuotedMessage[];
  automated: boolean;
  /** Set when the sender only forwarded a message: its content became the body. */
  forwardedFrom: EmailAddress | null;
};

/**
 * Turns a raw message body (export prefix already removed) into the text extraction reads. A forward
 * with nothing written above it keeps the forwarded content as its body, introduced by one line
 * naming its original author.
 */
export function cleanEmailBody(raw: string, from: EmailAddress, subject: string | null): CleanedBody {
  const split = stripQuotedHistory(normalizeEmailText(raw));
  let own = split.text;
  let history = split.history;
  let author = from;
  let forwardedFrom: EmailAddress | null = null;
  const first = history[0];
  if (first?.kind === "forward" && isEmpty(cleanMessageText(own, from).text)) {
    own = first.text;
    history = history.slice(1);
    forwardedFrom = first.header.from;
    if (forwardedFrom.name !== null || forwardedFrom.email !== null) author = forwardedFrom;
  }
  const automated = detectAutomated({ from, subject, text: own });
  const cleaned = cleanMessageText(own, author);
  let body = cleaned.text;
  if (forwardedFrom && (forwardedFrom.name !== null || forwardedFrom.email !== null)) {
    body = `Forwarded message from ${formatAddress(forwardedFrom)}:\n\n${body}`.trimEnd();
  }
  return { body, attachments: cleaned.attachments, history, automated, forwardedFrom };
}

function isEmpty(text: string): boolean {
  return text.replace(/\uFFFC/g, "").trim() === "" || /^(?:fyi|fwd?|see below)[.!:]*$/i.test(text.trim());
}
