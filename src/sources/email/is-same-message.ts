import type { EmailMessage } from "../source-document.ts";

/** Letters and digits only, lowercased: quoted copies differ from originals in spacing and punctuation. */
function fingerprint(body: string): string {
  return body.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

function sameSender(a: EmailMessage, b: EmailMessage): boolean {
  if (a.from.email && b.from.email) return a.from.email.toLowerCase() === b.from.email.toLowerCase();
  const nameA = a.from.name?.toLowerCase().replace(/\s+/g, " ").trim();
  const nameB = b.from.name?.toLowerCase().replace(/\s+/g, " ").trim();
  return nameA !== undefined && nameA === nameB;
}

/**
 * True when two messages are copies of one another: the same sender and the same opening text, or
 * the same long opening text whoever is named (a quote header may name the sender differently).
 */
export function isSameMessage(a: EmailMessage, b: EmailMessage): boolean {
  const fa = fingerprint(a.body);
  const fb = fingerprint(b.body);
  if (fa === "" || fb === "") return false;
  const length = Math.min(fa.length, fb.length, 200);
  const prefixMatch = fa.slice(0, length) === fb.slice(0, length);
  if (!prefixMatch) return false;
  return sameSender(a, b) || length >= 60;
}
