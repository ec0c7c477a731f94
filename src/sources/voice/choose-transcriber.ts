import { existsSync } from "node:fs";
import { findExecutable } from "./find-executable.ts";
import { openAiTranscriber } from "./openai-transcriber.ts";
import { pocketsphinxTranscriber } from "./pocketsphinx-transcriber.ts";
import type { Transcriber } from "./transcriber.ts";
import { whisperCppTranscriber } from "./whisper-cpp-transcriber.ts";

type Env = Readonly<Record<string, string | undefined>>;

/** The engine to use, or in one sentence why there is none and what to install or set. */
export type TranscriberChoice = { ok: true; transcriber: Transcriber } | { ok: false; reason: string };

/** Where Debian's pocketsphinx-en-us puts the model that `pocketsphinx_continuous` loads by default. */
const DEBIAN_MODEL = "/usr/share/pocketsphinx/model/en-us/en-us";
const WHISPER_BINARIES = ["whisper-cli", "whisper-cpp", "whisper.cpp"];

const INSTALL_HINT =
  "install pocketsphinx, pocketsphinx-en-us and ffmpeg (Debian/Ubuntu: apt-get install pocketsphinx pocketsphinx-en-us ffmpeg), " +
  "or set MNEMO_WHISPER_MODEL to a whisper.cpp model (with whisper-cli on PATH or MNEMO_WHISPER_CPP), " +
  "or MNEMO_TRANSCRIBE_URL to an OpenAI-compatible endpoint";

/**
 * Picks the speech-to-text engine from the environment. `MNEMO_TRANSCRIBER` forces one
 * (`pocketsphinx`, `whisper-cpp`, `openai`); by default (`auto`) the first available of:
 * 1. whisper.cpp: `MNEMO_WHISPER_MODEL` (a ggml model file) and `MNEMO_WHISPER_CPP` or `whisper-cli` on PATH
 *    (once either is set, a problem with it is reported instead of falling back to another engine);
 * 2. an OpenAI-compatible endpoint: `MNEMO_TRANSCRIBE_URL` (model `MNEMO_TRANSCRIBE_MODEL`, default
 *    `whisper-1`; key `MNEMO_API_KEY`, or `OPENAI_API_KEY` for api.openai.com only). Audio leaves the
 *    machine only when this is set (or `MNEMO_TRANSCRIBER=openai`);
 * 3. pocketsphinx with its US English model (Debian's `pocketsphinx` + `pocketsphinx-en-us`, or pocketsphinx 5).
 * `MNEMO_TRANSCRIBE_LANGUAGE` (e.g. `en`) is passed to the engines that take a language.
 */
export function chooseTranscriber(env: Env): TranscriberChoice {
  const wanted = (env.MNEMO_TRANSCRIBER ?? "auto").trim().toLowerCase() || "auto";
  const language = env.MNEMO_TRANSCRIBE_LANGUAGE?.trim() || null;
  const candidates: Record<string, () => TranscriberChoice> = {
    "whisper-cpp": () => whisperCpp(env, language),
    openai: () => openAi(env, language, wanted === "openai"),
    pocketsphinx: () => pocketsphinx(env),
  };
  if (wanted !== "auto") {
    const pick = candidates[wanted];
    if (pick === undefined) return { ok: false, reason: `MNEMO_TRANSCRIBER is "${wanted}"; use auto, pocketsphinx, whisper-cpp or openai` };
    return pick();
  }
  // A configured engine that does not work is reported, never silently replaced by a weaker one.
  if (env.MNEMO_WHISPER_MODEL?.trim() || env.MNEMO_WHISPER_CPP?.trim()) return candidates["whisper-cpp"]!();
  for (const pick of Object.values(candidates)) {
    const choice = pick();
    if (choice.ok) return choice;
  }
  return { ok: false, reason: `no speech-to-text engine found: ${INSTALL_HINT}` };
}

function whisperCpp(env: Env, language: string | null): TranscriberChoice {
  const model = env.MNEMO_WHISPER_MODEL?.trim();
  if (!model) return { ok: false, reason: "MNEMO_WHISPER_MODEL is not set to a whisper.cpp model file (e.g. ggml-base.en.bin)" };
  if (!existsSync(model)) return { ok: false, reason: `MNEMO_WHISPER_MODEL names ${model}, which does not exist` };
  const configured = env.MNEMO_WHISPER_CPP?.trim();
  const binary = configured ? findExecutable(configured, env) : firstFound(WHISPER_BINARIES, env);
  if (binary === null) {
    return { ok: false, reason: configured ? `MNEMO_WHISPER_CPP names ${configured}, which is not an executable` : "whisper-cli (whisper.cpp) is not on PATH; set MNEMO_WHISPER_CPP to it" };
  }
  return { ok: true, transcriber: whisperCppTranscriber({ binary, model, language }, env) };
}

function openAi(env: Env, language: string | null, forced: boolean): TranscriberChoice {
  // Only an explicit choice falls back to OPENAI_BASE_URL or OpenAI itself: a key alone never sends audio away.
  const baseUrl = env.MNEMO_TRANSCRIBE_URL?.trim() || (forced ? env.OPENAI_BASE_URL?.trim() || "https://api.openai.com/v1" : "");
  if (!baseUrl) return { ok: false, reason: "MNEMO_TRANSCRIBE_URL is not set" };
  // OPENAI_API_KEY goes to OpenAI only; any other host gets MNEMO_API_KEY (as for the model engines).
  const apiKey = env.MNEMO_API_KEY?.trim() || (isOpenAiHost(baseUrl) ? env.OPENAI_API_KEY?.trim() : "") || null;
  const model = env.MNEMO_TRANSCRIBE_MODEL?.trim() || "whisper-1";
  return { ok: true, transcriber: openAiTranscriber({ baseUrl, model, apiKey, language }) };
}

function pocketsphinx(env: Env): TranscriberChoice {
  const five = findExecutable("pocketsphinx", env);
  if (five !== null) return { ok: true, transcriber: pocketsphinxTranscriber({ path: five, flavour: "cli5" }, env) };
  const continuous = findExecutable("pocketsphinx_continuous", env);
  if (continuous === null) return { ok: false, reason: `pocketsphinx is not installed: ${INSTALL_HINT}` };
  if (continuous === "/usr/bin/pocketsphinx_continuous" && !existsSync(DEBIAN_MODEL)) {
    return { ok: false, reason: "pocketsphinx has no English model: install pocketsphinx-en-us (apt-get install pocketsphinx-en-us)" };
  }
  return { ok: true, transcriber: pocketsphinxTranscriber({ path: continuous, flavour: "continuous" }, env) };
}

function firstFound(names: readonly string[], env: Env): string | null {
  for (const name of names) {
    const path = findExecutable(name, env);
    if (path !== null) return path;
  }
  return null;
}

function isOpenAiHost(baseUrl: string): boolean {
  try {
    return new URL(baseUrl).hostname === "api.openai.com";
  } catch {
    return false;
  }
}
