import { z } from "zod";

/** The extraction engines Mnemo can use: the built-in rules, or a model behind one of these APIs. */
export const EngineName = z.enum(["rules", "openai", "azure-openai", "openai-compatible", "anthropic", "local"]);
export type EngineName = z.infer<typeof EngineName>;

export const ProfileName = z.enum(["sales", "engineering", "leadership", "personal"]);
export type ProfileName = z.infer<typeof ProfileName>;

/** A rule choosing a prompt profile for a source; the first rule whose conditions all hold wins. */
export const ProfileRule = z
  .object({
    profile: ProfileName,
    kind: z.enum(["transcript", "email", "document", "voice"]).optional().describe("only sources of this kind"),
    match: z.string().min(1).optional().describe("case-insensitive regular expression tested on the title and file name"),
    participants: z.array(z.string().min(1)).optional().describe("any of these names among the source's speakers or senders"),
  })
  .strict();
export type ProfileRule = z.infer<typeof ProfileRule>;

const Price = z
  .object({
    input: z.number().nonnegative().describe("US dollars per million input tokens"),
    output: z.number().nonnegative().describe("US dollars per million output tokens"),
  })
  .strict();

/**
 * `engine:` in `.mnemo/config.yaml`: which extraction engine to use and how. API keys are never
 * read from here (nor from any file in the vault): they come from the environment.
 */
export const EngineSettings = z
  .object({
    name: EngineName.default("rules").describe("rules, openai, azure-openai, openai-compatible, anthropic or local"),
    model: z.string().min(1).optional().describe("model name (a deployment name for azure-openai, a .gguf path for local)"),
    base_url: z.string().url().optional().describe("API base URL (openai-compatible: e.g. http://localhost:11434/v1; azure-openai: the resource endpoint)"),
    deployment: z.string().min(1).optional().describe("azure-openai deployment name (default: model)"),
    api_version: z.string().min(1).default("2024-10-21").describe("azure-openai api-version"),
    context_tokens: z.number().int().positive().optional().describe("the model's context window; default from the model's metadata or a known-model table"),
    max_output_tokens: z.number().int().positive().default(4096),
    temperature: z.number().min(0).max(2).optional(),
    timeout_seconds: z.number().positive().default(120).describe("per call"),
    max_retries: z.number().int().min(0).max(3).default(3).describe("on 429, 5xx, timeouts and connection errors"),
    jobs: z.number().int().min(1).max(16).default(1).describe("sources extracted in parallel"),
    threads: z.number().int().positive().optional().describe("CPU threads for the local engine"),
    fallback: z.enum(["none", "rules"]).default("none").describe("when the model fails on a source: set it aside (none) or use the built-in engine (rules)"),
    cache: z.boolean().default(true).describe("reuse replies cached under .mnemo/cache/llm/"),
    prices: z.record(z.string(), Price).default({}).describe("per model name, for the run's cost estimate"),
    persona: z.string().optional().describe("a few lines about the owner, for the system prompt"),
    glossary: z.record(z.string(), z.string()).default({}).describe("term: meaning, for the system prompt"),
    context_budget_tokens: z.number().int().min(0).default(1500).describe("tokens the persona, people and glossary may take in the prompt"),
    profile: z.union([ProfileName, z.literal("none")]).default("none").describe("profile when no rule matches"),
    profile_rules: z.array(ProfileRule).default([]),
  })
  .strict();
export type EngineSettings = z.infer<typeof EngineSettings>;
