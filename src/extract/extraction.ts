import { z } from "zod";
import type { Background } from "./background-terms.ts";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Priority = z.enum(["highest", "high", "medium", "low", "lowest"]);
export type Priority = z.infer<typeof Priority>;

/** A proposed task. `owner` is a person's name as extracted, or the vault owner's own name. */
export const ExtractedTask = z.object({
  text: z.string().min(1),
  owner: z.string().nullable(),
  due: IsoDate.nullable(),
  priority: Priority.nullable(),
});
export type ExtractedTask = z.infer<typeof ExtractedTask>;

/**
 * Something the owner may want to send after this source, drafted for them to review and send
 * themselves (Mnemo never sends anything): a reply to an email thread that asks them something,
 * a follow-up email after a meeting, or a calendar event for an agreed follow-up meeting.
 * Addresses and threading headers are not part of it: planning takes them from the source and the vault.
 */
export const SuggestedOutput = z.object({
  kind: z.enum(["reply", "follow-up", "event"]),
  /** Recipients or attendees by name; empty means the asker (reply) or the participants. */
  to: z.array(z.string()),
  /** The email's subject, or the event's title. */
  subject: z.string().min(1),
  /** The email's text, or the event's description. */
  body: z.string(),
  /** Events: local `YYYY-MM-DDTHH:MM` (or `YYYY-MM-DD` for a whole day); null for emails. */
  start: z.string().nullable(),
  duration_minutes: z.number().nullable(),
  location: z.string().nullable(),
});
export type SuggestedOutput = z.infer<typeof SuggestedOutput>;

export const NoteType = z.enum(["meeting", "email", "document", "voice"]);
export type NoteType = z.infer<typeof NoteType>;

/**
 * What an engine (the built-in rules or a model) found in one source: the boundary between
 * `extract/` and `plan/`. Names are plain names; `plan/` turns them into links and paths.
 */
export const Extraction = z.object({
  title: z.string().min(1),
  date: IsoDate,
  note_type: NoteType,
  /** The main person, account or project the source is about, when there is one. */
  entity: z.string().nullable(),
  /** Real people only: placeholders such as `Remote` or `Speaker 1` never appear here. */
  participants: z.array(z.string()),
  summary: z.string(),
  tasks: z.array(ExtractedTask),
  decisions: z.array(z.string()),
  facts: z.array(z.string()),
  mentions: z.object({
    people: z.array(z.string()),
    accounts: z.array(z.string()),
    projects: z.array(z.string()),
  }),
  /** Drafts for the owner to send (see SuggestedOutput); absent or null when the engine made none. */
  suggested_outputs: z.array(SuggestedOutput).nullish(),
});
export type Extraction = z.infer<typeof Extraction>;

/** What an engine knows besides the source: whose vault this is. */
export type ExtractContext = {
  ownerName: string;
  ownerAliases: string[];
  /** Names of the people with pages in the vault when the batch started (a model's prompt uses them). */
  knownPeople?: readonly string[];
  /**
   * How many of the user's sources (those archived in the vault and the batch being ingested) contain each word, computed once per
   * batch: words common to most of them are discounted as topics of any one source. Absent or small:
   * topics are ranked on the source alone.
   */
  background?: Background;
};
