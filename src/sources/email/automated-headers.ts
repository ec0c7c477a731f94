/** One header as it was written: lower-cased name, value with folding undone. */
export type RawHeader = { name: string; value: string };

/**
 * True when the headers say no person wrote the mail to the reader: `Auto-Submitted` other than
 * `no` (auto-replies, notifications, RFC 3834), `Precedence: bulk|junk|list`, or a `List-Unsubscribe`
 * without `List-Post` (a newsletter or a marketing list; a discussion list where people write has
 * `List-Post`, and its messages stay human).
 */
export function hasAutomatedHeaders(headers: readonly RawHeader[]): boolean {
  const value = (name: string): string | null => headers.find((header) => header.name === name)?.value.trim().toLowerCase() ?? null;
  const autoSubmitted = value("auto-submitted");
  if (autoSubmitted !== null && autoSubmitted !== "" && !autoSubmitted.startsWith("no")) return true;
  if (/^(?:bulk|junk|list)\b/.test(value("precedence") ?? "")) return true;
  if (value("x-autoreply") === "yes" || value("x-autorespond") !== null) return true;
  return value("list-unsubscribe") !== null && value("list-post") === null;
}
