import { mkdtemp, rm } from "node:fs/promises";
import { devNull, tmpdir } from "node:os";
import { join } from "node:path";
import { SourceError } from "../source-error.ts";
import { parsePocketsphinxContinuous, parsePocketsphinxJson } from "./parse-pocketsphinx-output.ts";
import { runTool, ToolFailure } from "./run-tool.ts";
import { toSpeechWav } from "./to-speech-wav.ts";
import type { AudioFile, Transcriber, Transcript } from "./transcriber.ts";

/** Which pocketsphinx command line is installed: 5prealpha's `pocketsphinx_continuous` (Debian 12) or 5.x's `pocketsphinx`. */
export type PocketsphinxCommand = { path: string; flavour: "continuous" | "cli5" };

/**
 * Offline speech recognition with CMU pocketsphinx and its US English model: rough on real speech,
 * but local and free. The recording is converted to 16 kHz mono WAV first; each utterance the
 * engine finds (it splits on pauses) becomes a segment with word-level start and end times.
 */
export function pocketsphinxTranscriber(command: PocketsphinxCommand, env: Readonly<Record<string, string | undefined>>): Transcriber {
  return {
    id: "pocketsphinx",
    async transcribe(file: AudioFile): Promise<Transcript> {
      const workDir = await mkdtemp(join(tmpdir(), "mnemo-voice-"));
      try {
        const wav = await toSpeechWav(file, workDir, env);
        const args =
          command.flavour === "continuous"
            ? ["-infile", wav.path, "-time", "yes", "-logfn", devNull]
            : ["live", wav.path];
        const { stdout } = await runTool(command.path, args, { timeoutMs: timeoutFor(wav.seconds), env });
        const segments = command.flavour === "continuous" ? parsePocketsphinxContinuous(stdout) : parsePocketsphinxJson(stdout);
        return { engine: "pocketsphinx", segments };
      } catch (error) {
        if (error instanceof ToolFailure) {
          throw new SourceError(error.timedOut ? "timeout" : "unreadable", `pocketsphinx could not transcribe ${file.fileName}: ${error.message}`);
        }
        throw error;
      } finally {
        await rm(workDir, { recursive: true, force: true });
      }
    },
  };
}

/** Engines run slower than real time on long files and small machines: allow five times the length, at least two minutes. */
export function timeoutFor(seconds: number): number {
  return Math.max(120, seconds * 5) * 1000;
}
