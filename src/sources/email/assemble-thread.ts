import type { EmailMessage, Segment } from "../source-document.ts";
import type { ParsedSource } from "../source-parser.ts";
import { cleanEmailBody } from "./clean-email-body.ts";
import { isSameMessage } from "./is-same-message.ts";
import type { MimeMessage } from "./read-mime-message.ts";
import { stripSubjectPrefixes } from "./normalize-subject.ts";
import { participantsHint } from "./participants-hint.ts";
import { recoverQuotedMessages } from "./recover-quoted-messages.ts";

/**
 * One email thread (a single .eml, or the messages of one mbox thread in date order) as a parsed
 * email source. Each body is cleaned like the Apple Mail export's: quoted history, signature, footer
 * and attachment placeholders removed. Earlier messages that exist only as quotes are recovered as
 * messages of their own, before the message that quoted them, unless the thread already has them.
 * The thread is automated only when every message in it is.
 */
export function assembleThread(mime: readonly MimeMessage[], format: string, fileDate: string | null): ParsedSource {
  const messages: EmailMessage[] = [];
  const own: EmailMessage[] = [];
  const automated: boolean[] = [];
  const warnings: string[] = [];
  let recovered = 0;
  for (const { message: raw, automatedHeaders } of mime) {
    const cleaned = cleanEmailBody(raw.body, raw.from, raw.subject);
    const message: EmailMessage = {
      ...raw,
      body: cleaned.body,
      attachments: [...new Set([...raw.attachments, ...cleaned.attachments])],
    };
    for (const earlier of recoverQuotedMessages(cleaned.history)) {
      const known = messages.find((candidate) => isSameMessage(candidate, earlier));
      if (known) {
        if (known.to.length === 0) known.to = earlier.to;
        if (known.cc.length === 0) known.cc = earlier.cc;
        continue;
      }
      messages.push(earlier);
      recovered++;
    }
    const copy = messages.findIndex((known) => !own.includes(known) && isSameMessage(known, message));
    if (copy >= 0) {
      // A quoted copy was recovered before the original turned up: keep the original.
      messages.splice(copy, 1);
      recovered--;
    }
    messages.push(message);
    own.push(message);
    automated.push(automatedHeaders || cleaned.automated);
    if (cleaned.forwardedFrom) warnings.push(`message ${own.length} is a forward: its forwarded content is the body`);
  }
  if (recovered > 0) warnings.push(`${recovered} earlier message${recovered === 1 ? "" : "s"} recovered from quoted history`);

  const segments: Segment[] = messages.map((message) => ({
    speaker: message.from.name ?? message.from.email,
    start: null,
    end: null,
    text: message.body,
  }));
  const subject = own.find((message) => message.subject !== null)?.subject ?? null;
  const firstDate = own.find((message) => message.date !== null)?.date ?? null;
  return {
    kind: "email",
    format,
    title: subject === null ? null : stripSubjectPrefixes(subject) || subject,
    date: firstDate?.slice(0, 10) ?? fileDate,
    participantsHint: participantsHint(messages),
    segments,
    messages,
    automated: automated.length > 0 && automated.every(Boolean),
    warnings,
  };
}
