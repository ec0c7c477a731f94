import { z } from "zod";
import { EngineSettings } from "../extract/llm/engine-settings.ts";

const FolderName = z
  .string()
  .min(1)
  .refine((s) => !s.startsWith("/") && !s.split("/").includes("..") && !s.startsWith("."), {
    message: "must be a folder name inside the vault (not absolute, no `..`, not hidden)",
  });

/** `.mnemo/config.yaml`: the only file Mnemo reads settings from. */
export const VaultConfig = z
  .object({
    version: z.literal(1).default(1).describe("config format version"),
    owner: z
      .object({
        name: z.string().min(1).describe("the vault owner's full name; tasks they own are written @Myself"),
        aliases: z.array(z.string().min(1)).default([]).describe("other names the owner appears under"),
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
      })
      .strict()
      .prefault({}),
    engine: EngineSettings.optional().describe("the extraction engine: built-in rules (default) or a model; see README"),
  })
  .strict();
export type VaultConfig = z.infer<typeof VaultConfig>;
export type FolderKey = keyof VaultConfig["folders"];

export const CONFIG_DIR = ".mnemo";
export const CONFIG_FILE = ".mnemo/config.yaml";
