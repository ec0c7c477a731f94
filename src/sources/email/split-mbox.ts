/** The envelope line that opens each message of an mbox: `From sender@host Mon Oct 20 10:02:11 2025`. */
export const FROM_LINE = /^From \S*(?: .*)?$/;
const HEADER_FIELD = /^[!-9;-~]+:/;
const ESCAPED_FROM = /^>+From /;

/** One message of an mbox: its bytes (envelope line dropped, `>From ` unescaped) and where it started. */
export type MboxMessage = { bytes: Uint8Array; offset: number };

/**
 * Splits an mbox file into its messages. A message starts at a `From ` line at the start of the file
 * or after a blank line, followed by a header field (so body text that begins with "From " does
 * not split a message). Body lines escaped as `>From ` (mboxo / mboxrd) lose one `>`. CRLF files are
 * read as they are.
 */
export function splitMbox(bytes: Uint8Array): MboxMessage[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const starts: { line: number; body: number }[] = [];
  let position = 0;
  let previousBlank = true;
  while (position < text.length) {
    const end = lineEnd(text, position);
    const line = text.slice(position, end.content);
    if (previousBlank && line.startsWith("From ") && FROM_LINE.test(line)) {
      const next = lineEnd(text, end.next);
      if (HEADER_FIELD.test(text.slice(end.next, next.content))) starts.push({ line: position, body: end.next });
    }
    previousBlank = line === "";
    position = end.next;
  }
  return starts.map((start, index) => {
    const stop = starts[index + 1]?.line ?? text.length;
    const raw = trimSeparator(text.slice(start.body, stop));
    const unescaped = raw
      .split("\n")
      .map((line) => (ESCAPED_FROM.test(line) ? line.slice(1) : line))
      .join("\n");
    return { bytes: Buffer.from(unescaped, "latin1"), offset: start.line };
  });
}

function lineEnd(text: string, from: number): { content: number; next: number } {
  const newline = text.indexOf("\n", from);
  if (newline < 0) return { content: text.length, next: text.length };
  return { content: newline > from && text[newline - 1] === "\r" ? newline - 1 : newline, next: newline + 1 };
}

/** The blank line an mbox writer puts before the next `From ` line belongs to no message. */
function trimSeparator(raw: string): string {
  if (raw.endsWith("\r\n\r\n")) return raw.slice(0, -2);
  if (raw.endsWith("\n\n")) return raw.slice(0, -1);
  return raw;
}
