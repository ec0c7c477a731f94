import { readFile } from "node:fs/promises";
import { z } from "zod";
import { SourceError } from "../source-error.ts";
import type { AudioFile, Transcriber, Transcript, TranscriptSegment } from "./transcriber.ts";

export type OpenAiTranscriberOptions = {
  /** API root, e.g. `https://api.openai.com/v1` or a local server's `http://127.0.0.1:8000/v1`. */
  baseUrl: string;
  /** Model name the endpoint knows: `whisper-1`, `gpt-4o-transcribe`, `Systran/faster-whisper-small`. */
  model: string;
  /** Bearer token, or null for endpoints that need none. */
  apiKey: string | null;
  /** Spoken language code, or null to let the endpoint detect it. */
  language: string | null;
  timeoutMs?: number;
};

const Response = z.object({
  text: z.string(),
  segments: z.array(z.object({ start: z.number(), end: z.number(), text: z.string() })).nullish(),
});

const MIME: Record<string, string> = { wav: "audio/wav", mp3: "audio/mpeg", m4a: "audio/mp4", ogg: "audio/ogg", oga: "audio/ogg", opus: "audio/ogg", flac: "audio/flac" };

/**
 * Transcription by an OpenAI-compatible endpoint the user points Mnemo at: `POST {baseUrl}/audio/transcriptions`
 * as multipart form data (`file`, `model`, `response_format=verbose_json`, optional `language`).
 * Segments with times when the endpoint returns them; otherwise its text as one untimed segment.
 * Endpoints that reject `verbose_json` are asked again for plain `json`.
 */
export function openAiTranscriber(options: OpenAiTranscriberOptions): Transcriber {
  const url = `${options.baseUrl.replace(/\/+$/, "")}/audio/transcriptions`;
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  return {
    id: "openai",
    async transcribe(file: AudioFile): Promise<Transcript> {
      const bytes = await readFile(file.path);
      const ext = /\.([a-z0-9]+)$/i.exec(file.fileName)?.[1]?.toLowerCase() ?? "";
      const blob = new Blob([bytes], { type: MIME[ext] ?? "application/octet-stream" });
      const post = async (responseFormat: string): Promise<globalThis.Response> => {
        const form = new FormData();
        form.append("file", blob, file.fileName);
        form.append("model", options.model);
        form.append("response_format", responseFormat);
        if (options.language !== null) form.append("language", options.language);
        const headers: Record<string, string> = { accept: "application/json" };
        if (options.apiKey !== null) headers.authorization = `Bearer ${options.apiKey}`;
        try {
          return await fetch(url, { method: "POST", body: form, headers, signal: AbortSignal.timeout(timeoutMs) });
        } catch (error) {
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          const reason = error instanceof Error && error.name === "TimeoutError" ? `no answer within ${Math.round(timeoutMs / 1000)} s` : (cause?.code ?? cause?.message ?? String(error));
          throw new SourceError("unreadable", `cannot reach the transcription endpoint ${url} for ${file.fileName}: ${reason}`);
        }
      };
      let response = await post("verbose_json");
      if (response.status === 400) {
        await response.body?.cancel();
        response = await post("json");
      }
      const body = await response.text();
      if (!response.ok) {
        throw new SourceError("unreadable", `the transcription endpoint refused ${file.fileName}: HTTP ${response.status} ${errorMessage(body)}`);
      }
      const parsed = Response.safeParse(safeJson(body));
      if (!parsed.success) {
        throw new SourceError("unreadable", `the transcription endpoint gave no transcript for ${file.fileName} (expected JSON with "text")`);
      }
      const segments: TranscriptSegment[] =
        parsed.data.segments && parsed.data.segments.length > 0
          ? parsed.data.segments.map((s) => ({ start: s.start, end: s.end, text: s.text.trim() }))
          : [{ start: null, end: null, text: parsed.data.text.trim() }];
      return { engine: `${options.model} at ${options.baseUrl}`, segments: segments.filter((s) => s.text !== "") };
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** `{"error": {"message": "…"}}` as OpenAI-style servers send it, else the start of the body. */
function errorMessage(body: string): string {
  const json = safeJson(body) as { error?: { message?: unknown } | string; detail?: unknown } | null;
  const message = typeof json?.error === "string" ? json.error : json?.error?.message ?? json?.detail;
  const text = typeof message === "string" ? message : body;
  return text.replace(/\s+/g, " ").trim().slice(0, 200);
}
