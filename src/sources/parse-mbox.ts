import type { FileParseInput, FileSourceParser, ParsedPart } from "./file-source-parser.ts";
import { assembleThread } from "./email/assemble-thread.ts";
import { groupThreads } from "./email/group-threads.ts";
import { readMimeMessage, type MimeMessage } from "./email/read-mime-message.ts";
import { FROM_LINE, splitMbox } from "./email/split-mbox.ts";
import { headerBlockScore } from "./email/header-block-score.ts";
import { fileNameInfo } from "./file-name-info.ts";
import { SourceError } from "./source-error.ts";

const FORMAT = "mbox";

/**
 * An mbox mailbox (Thunderbird, Gmail Takeout, `mutt`, Apple Mail's "Export Mailbox"): one source per
 * thread. Messages are grouped by References / In-Reply-To, then by reply subject
 * (`email/group-threads`), each thread's messages ordered by date and read like a single thread
 * (`email/assemble-thread`). Each part's bytes are its own messages' bytes, so a thread's identity
 * does not change when other mail is added to the file.
 */
export const mboxParser: FileSourceParser = {
  format: FORMAT,
  kind: "email",
  splits: true,
  detect(head, fileName) {
    const text = Buffer.from(head).toString("latin1").replace(/^\uFEFF/, "");
    const newline = text.indexOf("\n");
    const first = (newline < 0 ? text : text.slice(0, newline)).replace(/\r$/, "");
    if (!first.startsWith("From ") || !FROM_LINE.test(first) || newline < 0) return 0;
    const headers = headerBlockScore(text.slice(newline + 1));
    if (headers === 0) return 0;
    return /\.mbox$|\.mbx$|^mbox$/i.test(fileName) ? 0.99 : Math.max(headers, 0.9);
  },
  async parse(input: FileParseInput): Promise<ParsedPart[]> {
    if (input.bytes.length === 0) throw new SourceError("empty", `${input.fileName} is empty`);
    const raw = splitMbox(input.bytes);
    if (raw.length === 0) throw new SourceError("unrecognised", `${input.fileName} has no mbox message`);
    const read: { mime: MimeMessage; bytes: Uint8Array }[] = [];
    let unreadable = 0;
    for (const message of raw) {
      try {
        read.push({ mime: await readMimeMessage(message.bytes), bytes: message.bytes });
      } catch {
        unreadable++;
      }
    }
    if (read.length === 0) throw new SourceError("undecodable", `${input.fileName}: none of its ${raw.length} messages could be read`);
    const fileDate = fileNameInfo(input.fileName).date;
    const keys = read.map(({ mime }) => ({ ...mime, subject: mime.message.subject }));
    return groupThreads(keys).map((indexes, thread) => {
      const members = indexes.map((index) => read[index]!);
      // Date order when every message has a date; file order otherwise.
      const dated = members.every((member) => member.mime.sentAt !== null);
      const ordered = dated ? [...members].sort((a, b) => a.mime.sentAt!.getTime() - b.mime.sentAt!.getTime()) : members;
      const source = assembleThread(ordered.map((member) => member.mime), FORMAT, fileDate);
      if (thread === 0 && unreadable > 0) {
        source.warnings.push(`${unreadable} message${unreadable === 1 ? "" : "s"} of the mailbox could not be read`);
      }
      return { source, bytes: Buffer.concat(members.map((member) => member.bytes)) };
    });
  },
};
