import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { SourceError } from "../source-error.ts";
import { parseWhisperCppOutput } from "./parse-whisper-cpp-output.ts";
import { timeoutFor } from "./pocketsphinx-transcriber.ts";
import { runTool, ToolFailure } from "./run-tool.ts";
import { toSpeechWav } from "./to-speech-wav.ts";
import type { AudioFile, Transcriber, Transcript } from "./transcriber.ts";

export type WhisperCppOptions = {
  /** The whisper.cpp program (`whisper-cli`, older builds `main` or `whisper-cpp`). */
  binary: string;
  /** A ggml model file, e.g. `ggml-base.en.bin`. */
  model: string;
  /** Spoken language code (`en`, `de`), or null to let whisper detect it. */
  language: string | null;
};

/**
 * Local transcription with a whisper.cpp build and model the user already has: much better than
 * pocketsphinx, and still offline. Runs `<binary> -m <model> -f <16 kHz wav> -l <lang|auto> -np`
 * and reads the `[start --> end]  text` lines it prints.
 */
export function whisperCppTranscriber(options: WhisperCppOptions, env: Readonly<Record<string, string | undefined>>): Transcriber {
  return {
    id: "whisper-cpp",
    async transcribe(file: AudioFile): Promise<Transcript> {
      const workDir = await mkdtemp(join(tmpdir(), "mnemo-voice-"));
      try {
        const wav = await toSpeechWav(file, workDir, env);
        const args = ["-m", options.model, "-f", wav.path, "-l", options.language ?? "auto", "-np"];
        const { stdout } = await runTool(options.binary, args, { timeoutMs: timeoutFor(wav.seconds), env });
        return { engine: `whisper.cpp (${basename(options.model)})`, segments: parseWhisperCppOutput(stdout) };
      } catch (error) {
        if (error instanceof ToolFailure) {
          throw new SourceError(error.timedOut ? "timeout" : "unreadable", `whisper.cpp could not transcribe ${file.fileName}: ${error.message}`);
        }
        throw error;
      } finally {
        await rm(workDir, { recursive: true, force: true });
      }
    },
  };
}
