import type { FileParseInput, FileSourceParser, ParsedPart } from "./file-source-parser.ts";
import { assembleThread } from "./email/assemble-thread.ts";
import { headerBlockScore } from "./email/header-block-score.ts";
import { readMimeMessage } from "./email/read-mime-message.ts";
import { fileNameInfo } from "./file-name-info.ts";
import { SourceError } from "./source-error.ts";

const FORMAT = "eml";

/**
 * A single RFC 822 / MIME message (`.eml`, as mail clients save or drag out a message; also Apple
 * Mail's `.emlx`). Read by
 * content: a header block with `From:` and `Date:`/`Subject:`/`Message-ID:` at the very start; the
 * `.eml` extension only lifts a weaker block. Reading and cleaning are those of email threads
 * (`email/read-mime-message`, `email/assemble-thread`), so a reply's quoted history is recovered
 * as the earlier messages of the thread.
 */
export const emlParser: FileSourceParser = {
  format: FORMAT,
  kind: "email",
  splits: false,
  detect(head, fileName) {
    const score = headerBlockScore(Buffer.from(messageBytes(head)).toString("latin1"));
    if (score === 0) return 0;
    return /\.emlx?$/i.test(fileName) ? Math.max(score, 0.9) : score;
  },
  async parse(input: FileParseInput): Promise<ParsedPart[]> {
    if (input.bytes.length === 0) throw new SourceError("empty", `${input.fileName} is empty`);
    const mime = await readMimeMessage(messageBytes(input.bytes));
    const { message } = mime;
    if (message.body.trim() === "" && message.attachments.length === 0 && message.subject === null) {
      throw new SourceError("truncated", `${input.fileName} has mail headers but no subject, text or attachment`);
    }
    const source = assembleThread([mime], FORMAT, fileNameInfo(input.fileName).date);
    return [{ source, bytes: input.bytes }];
  },
};

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The RFC 822 message in a file: without a UTF-8 BOM, and for Apple Mail's own `.emlx` (a line with
 * the message's length in bytes, the message, then an XML property list) only the message.
 */
function messageBytes(bytes: Uint8Array): Uint8Array {
  let start = UTF8_BOM.every((byte, i) => bytes[i] === byte) ? 3 : 0;
  const newline = bytes.indexOf(0x0a, start);
  const first = newline > start && newline - start <= 12 ? Buffer.from(bytes.subarray(start, newline)).toString("latin1") : "";
  const length = /^\s*(\d{1,10})\s*$/.exec(first);
  if (length) {
    start = newline + 1;
    return bytes.subarray(start, Math.min(bytes.length, start + Number(length[1])));
  }
  return bytes.subarray(start);
}
