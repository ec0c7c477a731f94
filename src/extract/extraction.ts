import { z } from "zod";

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
});
export type Extraction = z.infer<typeof Extraction>;

/** What an engine knows besides the source: whose vault this is. */
export type ExtractContext = {
  ownerName: string;
  ownerAliases: string[];
};
