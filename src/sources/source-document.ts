import { z } from "zod";

/** What kind of record a source is; decides the note type and the archive folder. */
export const SourceKind = z.enum(["transcript", "email", "document", "voice"]);
export type SourceKind = z.infer<typeof SourceKind>;

/** One stretch of speech (a transcript cue) or one email message body, in reading order. */
export const Segment = z.object({
  /** Speaker as written in the source (`Remote`, `Speaker 1` stay as they are; extraction decides who is a person). */
  speaker: z.string().nullable(),
  /** Seconds from the start of the recording, when the format has timestamps. */
  start: z.number().nonnegative().nullable(),
  end: z.number().nonnegative().nullable(),
  text: z.string(),
});
export type Segment = z.infer<typeof Segment>;

export const EmailAddress = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
});
export type EmailAddress = z.infer<typeof EmailAddress>;

/** One message of an email thread, with quoted history and signature already removed from `body`. */
export const EmailMessage = z.object({
  from: EmailAddress,
  to: z.array(EmailAddress),
  cc: z.array(EmailAddress),
  /** ISO 8601 date-time as far as the source gives it (`2025-12-11T09:00:38`), or null. */
  date: z.string().nullable(),
  subject: z.string().nullable(),
  body: z.string(),
  attachments: z.array(z.string()),
  /** `Message-ID` without angle brackets, for messages read from MIME (.eml, .mbox); a reply draft threads on it. */
  messageId: z.string().nullable().optional(),
  /** `References` ids without angle brackets, oldest first (MIME messages only). */
  references: z.array(z.string()).optional(),
});
export type EmailMessage = z.infer<typeof EmailMessage>;

/**
 * The normalized form of every input: the boundary between `sources/` and `extract/`.
 * Transcripts fill `segments`; email threads fill `messages` and also one segment per message
 * (speaker = sender name) so that extraction can treat every source as turns of text.
 */
export const SourceDocument = z.object({
  kind: SourceKind,
  /** Detected format id, e.g. `macwhisper-md`, `webvtt`, `srt`, `speaker-lines`, `apple-mail-md`. */
  format: z.string(),
  /** File name as it was dropped in the inbox (no folders). */
  fileName: z.string(),
  /** sha256 of the file's bytes: the identity used to skip a source ingested before. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * sha256 of the normalised text (decoded, NFC, whitespace runs and line endings collapsed to one space,
   * trimmed): equal for the same content under another name, encoding or line-ending style.
   */
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Title from the source itself (a heading, a subject, the file name without date and extension). */
  title: z.string().nullable(),
  /** Date of the meeting or first message, `YYYY-MM-DD`, from the content or else the file name. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Names the source itself gives as attendees (e.g. a `1-1 - Name - date` title), before resolution. */
  participantsHint: z.array(z.string()),
  segments: z.array(Segment),
  messages: z.array(EmailMessage),
  /** True for notifications, newsletters and calendar bots: extraction treats them lightly. */
  automated: z.boolean(),
  /** Non-fatal observations made while reading (e.g. "2 cues without text skipped"). */
  warnings: z.array(z.string()),
});
export type SourceDocument = z.infer<typeof SourceDocument>;
