import type { EmailAddress, SourceDocument } from "../sources/source-document.ts";

/** A mailbox with a known address. */
export type MailAddress = { name: string | null; email: string };

/** What a reply draft needs from one message of the thread: who, when, and its ids. */
export type ThreadMessage = {
  from: EmailAddress;
  to: EmailAddress[];
  cc: EmailAddress[];
  date: string | null;
  subject: string | null;
  messageId: string | null;
  references: string[];
};

/** The headers of an email source's messages, in reading order: planning's view of the thread. */
export type OutboxThread = { messages: ThreadMessage[] };

/** The thread of an email source (null for other sources), without bodies. */
export function outboxThread(doc: SourceDocument): OutboxThread | null {
  if (doc.kind !== "email" || doc.messages.length === 0) return null;
  return {
    messages: doc.messages.map((m) => ({
      from: m.from,
      to: m.to,
      cc: m.cc,
      date: m.date,
      subject: m.subject,
      messageId: m.messageId ?? null,
      references: m.references ?? [],
    })),
  };
}
