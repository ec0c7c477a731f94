import { z } from "zod";
import { EngineSettings } from "../extract/llm/engine-settings.ts";
import { VoiceSettings } from "../sources/voice/voice-settings.ts";

const FolderName = z
  .string()
  .min(1)
  .refine((s) => !s.startsWith("/") && !s.split("/").includes("..") && !s.startsWith("."), {
    message: "must be a folder name inside the vault (not absolute, no `..`, not hidden)",
  });

/** One classification rule: a source matching any of its conditions gets `type` (and `entity`). */
const ClassifyRule = z
  .object({
    type: z.enum(["people", "customer", "partners", "projects", "personal"]).describe("the note type this rule gives"),
    entity: z.string().min(1).optional().describe("the account, project or person the note is about (default: the matching company)"),
    companies: z.array(z.string().min(1)).default([]).describe("a participant's `company` (from their page) is one of these"),
    domains: z.array(z.string().min(1)).default([]).describe("a participant writes from one of these email domains"),
    keywords: z.array(z.string().min(1)).default([]).describe("one of these words or phrases is in the title or summary"),
  })
  .strict();

const EntitySettings = z
  .object({
    classify: z.array(ClassifyRule).default([]).describe("rules, first match wins; without one, a 1:1 is `people` about the other person"),
    group_meetings: z
      .enum(["main-person", "none"])
      .default("main-person")
      .describe("a meeting of several people that no rule classifies: about its main participant (`people`), or left a meeting"),
    ignore: z.array(z.string().min(1)).default([]).describe("names that never become entities (device names, rooms)"),
  })
  .strict();
export type EntitySettings = z.infer<typeof EntitySettings>;

/** `.mnemo/config.yaml`: the only file Mnemo reads settings from. */
export const VaultConfig = z
  .object({
    version: z.literal(1).default(1).describe("config format version"),
    owner: z
      .object({
        name: z.string().min(1).describe("the vault owner's full name; tasks they own are written @Myself"),
        aliases: z.array(z.string().min(1)).default([]).describe("other names the owner appears under"),
        email: z.string().regex(/^[^\s@<>]+@[^\s@<>]+$/, "must be an email address").optional().describe("the owner's address: the From of drafts in the outbox"),
      })
      .strict(),
    folders: z
      .object({
        inbox: FolderName.default("Inbox"),
        meetings: FolderName.default("Meetings"),
        email: FolderName.default("Email"),
        documents: FolderName.default("Documents"),
        people: FolderName.default("People"),
        accounts: FolderName.default("Accounts"),
        projects: FolderName.default("Projects"),
        sources: FolderName.default("Sources"),
        outbox: FolderName.default("Outbox").describe("drafts to review and send yourself: replies, follow-ups, events"),
        briefs: FolderName.default("Briefs").describe("daily briefs written by `mnemo brief`"),
      })
      .strict()
      .prefault({}),
    timezone: z
      .string()
      .default("UTC")
      .refine(isTimeZone, { message: "must be an IANA time zone such as Europe/Berlin, or UTC" })
      .describe("the zone local times (meetings, follow-up events) are in"),
    calendar: z
      .object({
        ics: z.string().min(1).optional().describe("path of an .ics calendar export (relative to the vault or absolute) for `mnemo brief`"),
        caldav_url: z.string().url().optional().describe("a CalDAV calendar URL (read-only; optional)"),
      })
      .strict()
      .optional(),
    voice: VoiceSettings.optional().describe("speech-to-text for recordings; see README"),
    search: z
      .object({
        embed_model: z
          .string()
          .min(1)
          .optional()
          .describe("embedding model on the engine's server for `mnemo ask` and `mnemo index` (`none`: off); $MNEMO_EMBED_MODEL and --embed-model win"),
      })
      .strict()
      .optional(),
    engine: EngineSettings.optional().describe("the extraction engine: built-in rules (default) or a model; see README"),
    entities: EntitySettings.prefault({}).describe("how names resolve to people, accounts and projects, and how sources are classified"),
  })
  .strict();
export type VaultConfig = z.infer<typeof VaultConfig>;
export type FolderKey = keyof VaultConfig["folders"];

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const CONFIG_DIR = ".mnemo";
export const CONFIG_FILE = ".mnemo/config.yaml";
