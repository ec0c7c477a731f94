import path from "node:path";
import { z } from "zod";

/**
 * `voice:` in `.mnemo/config.yaml`: which speech-to-text engine transcribes recordings. Each key
 * stands for the environment variable named beside it; a variable that is set wins over the file.
 */
export const VoiceSettings = z
  .object({
    transcriber: z.enum(["auto", "pocketsphinx", "whisper-cpp", "openai"]).optional().describe("MNEMO_TRANSCRIBER: which engine (default auto)"),
    whisper_model: z.string().min(1).optional().describe("MNEMO_WHISPER_MODEL: a whisper.cpp ggml model file (relative paths: to the vault)"),
    whisper_cpp: z.string().min(1).optional().describe("MNEMO_WHISPER_CPP: the whisper-cli binary (relative paths: to the vault)"),
    url: z.string().url().optional().describe("MNEMO_TRANSCRIBE_URL: an OpenAI-compatible /v1 endpoint"),
    model: z.string().min(1).optional().describe("MNEMO_TRANSCRIBE_MODEL: the endpoint's model (default whisper-1)"),
    language: z.string().min(2).optional().describe("MNEMO_TRANSCRIBE_LANGUAGE: e.g. en"),
  })
  .strict();
export type VoiceSettings = z.infer<typeof VoiceSettings>;

type Env = Readonly<Record<string, string | undefined>>;

/** The environment the transcribers read: the config's voice settings under the real environment. */
export function withVoiceSettings(env: Env, settings: VoiceSettings | undefined, vaultRoot: string): Env {
  if (!settings) return env;
  const file = (p: string | undefined) => (p === undefined ? undefined : path.resolve(vaultRoot, p.replace(/^~(?=\/)/, process.env.HOME ?? "~")));
  const fromConfig: Record<string, string | undefined> = {
    MNEMO_TRANSCRIBER: settings.transcriber,
    MNEMO_WHISPER_MODEL: file(settings.whisper_model),
    MNEMO_WHISPER_CPP: file(settings.whisper_cpp),
    MNEMO_TRANSCRIBE_URL: settings.url,
    MNEMO_TRANSCRIBE_MODEL: settings.model,
    MNEMO_TRANSCRIBE_LANGUAGE: settings.language,
  };
  const out: Record<string, string | undefined> = { ...env };
  for (const [key, value] of Object.entries(fromConfig)) if (value !== undefined && !env[key]?.trim()) out[key] = value;
  return out;
}
