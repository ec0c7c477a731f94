import { open, stat } from "node:fs/promises";
import { join } from "node:path";
import { SourceError } from "../source-error.ts";
import { findExecutable } from "./find-executable.ts";
import { isSpeechWav, readWavFormat } from "./read-wav-format.ts";
import { runTool, ToolFailure } from "./run-tool.ts";
import type { AudioFile } from "./transcriber.ts";

/** 16 kHz × 16-bit × mono. */
const BYTES_PER_SECOND = 32_000;
const CONVERT_TIMEOUT_MS = 10 * 60_000;

/** A recording as speech engines read it: 16 kHz mono 16-bit PCM WAV, and how long it is. */
export type SpeechWav = { path: string; seconds: number };

/**
 * Makes the 16 kHz mono 16-bit WAV that pocketsphinx and whisper.cpp need from any recording (WAV,
 * MP3, M4A, Ogg, FLAC): the file itself when it already is one, else a conversion into `workDir` by
 * ffmpeg or else sox, both deterministic. Without either tool the file
 * fails with a `missing-tool` error naming what to install.
 */
export async function toSpeechWav(file: AudioFile, workDir: string, env: Readonly<Record<string, string | undefined>>): Promise<SpeechWav> {
  if (isSpeechWav(readWavFormat(await readHead(file.path)))) return { path: file.path, seconds: await seconds(file.path) };
  const out = join(workDir, "speech.wav");
  const ffmpeg = findExecutable(env.MNEMO_FFMPEG ?? "ffmpeg", env);
  const sox = ffmpeg === null ? findExecutable("sox", env) : null;
  if (ffmpeg === null && sox === null) {
    throw new SourceError(
      "missing-tool",
      `cannot convert ${file.fileName} to 16 kHz WAV for speech recognition: install ffmpeg (Debian/Ubuntu: apt-get install ffmpeg; macOS: brew install ffmpeg)`,
    );
  }
  try {
    if (ffmpeg !== null) {
      // A longer resampling filter than ffmpeg's default: less aliasing, noticeably better recognition,
      // and (unlike soxr) the same samples on every run.
      const args = [
        "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", file.path, "-vn",
        "-af", "aresample=filter_size=256:phase_shift=14:cutoff=0.97",
        "-ar", "16000", "-ac", "1", "-c:a", "pcm_s16le", "-f", "wav", out,
      ];
      await runTool(ffmpeg, args, { timeoutMs: CONVERT_TIMEOUT_MS, env });
    } else {
      // -D: no dither, so the same file always converts to the same samples.
      await runTool(sox!, ["-D", file.path, "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", out], { timeoutMs: CONVERT_TIMEOUT_MS, env });
    }
  } catch (error) {
    if (!(error instanceof ToolFailure)) throw error;
    const tool = ffmpeg !== null ? "ffmpeg" : "sox";
    throw new SourceError(error.timedOut ? "timeout" : "undecodable", `${tool} could not read ${file.fileName} as audio: ${error.message}`);
  }
  return { path: out, seconds: await seconds(out) };
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function seconds(path: string): Promise<number> {
  return Math.max(0, ((await stat(path)).size - 44) / BYTES_PER_SECOND);
}
