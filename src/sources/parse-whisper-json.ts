import type { Segment } from "./source-document.ts";
import type { ParseInput, ParsedSource, SourceParser } from "./source-parser.ts";
import { parseTimestamp } from "./parse-timestamp.ts";
import { SourceError } from "./source-error.ts";
import { transcriptDocument } from "./transcript-document.ts";

/** Keys under which the tools put their list of segments. */
const LIST_KEYS = ["segments", "transcription", "chunks"] as const;

/**
 * Whisper JSON in its common shapes, each segment one Segment (with `speaker` when a diarizer added one):
 * openai-whisper and faster-whisper/WhisperX (`{segments: [{start, end, text, speaker?}]}` or a bare
 * array), whisper.cpp `-oj` (`{transcription: [{offsets: {from, to} (ms), text}]}`), and Hugging Face
 * pipelines (`{chunks: [{timestamp: [start, end], text}]}`).
 */
export const whisperJsonParser: SourceParser = {
  format: "whisper-json",
  kind: "transcript",

  detect({ text }: ParseInput): number {
    const head = text.slice(0, 65536).trimStart();
    if (!head.startsWith("{") && !head.startsWith("[")) return 0;
    const hasList = /"(?:segments|transcription|chunks)"\s*:\s*\[/.test(head);
    const hasTimes = /"(?:start|offsets|timestamps?)"\s*:/.test(head) && /"text"\s*:/.test(head);
    if (hasList && hasTimes) return 0.95;
    return head.startsWith("[") && hasTimes ? 0.9 : 0;
  },

  parse({ text, fileName }: ParseInput): ParsedSource {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const at = /at position (\d+)/.exec(message)?.[1];
      const atEnd = at !== undefined && Number(at) >= text.trimEnd().length - 1;
      if (atEnd || /end of (?:JSON|data)|Unterminated/i.test(message)) {
        throw new SourceError("truncated", "Whisper JSON ends early: the file looks truncated");
      }
      throw new SourceError("unrecognised", `not valid JSON (${message.split("\n")[0]})`);
    }
    const list = segmentList(data);
    if (list === null) throw new SourceError("unrecognised", "JSON without a list of transcript segments");
    const segments: Segment[] = [];
    let skipped = 0;
    for (const item of list) {
      const segment = readSegment(item);
      if (segment === null) skipped++;
      else segments.push(segment);
    }
    if (segments.length === 0) throw new SourceError("empty", "Whisper JSON has no segments with text");
    const warnings = skipped > 0 ? [`${skipped} segment${skipped === 1 ? "" : "s"} without text or times skipped`] : [];
    return transcriptDocument({ format: "whisper-json", fileName, heading: null, segments, warnings });
  },
};

function segmentList(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (data === null || typeof data !== "object") return null;
  for (const key of LIST_KEYS) {
    const list = (data as Record<string, unknown>)[key];
    if (Array.isArray(list)) return list;
  }
  return null;
}

function readSegment(item: unknown): Segment | null {
  if (item === null || typeof item !== "object") return null;
  const s = item as Record<string, unknown>;
  if (typeof s.text !== "string" || s.text.trim() === "") return null;
  let start = seconds(s.start);
  let end = seconds(s.end);
  const offsets = s.offsets as Record<string, unknown> | undefined;
  const stamps = s.timestamps as Record<string, unknown> | undefined;
  if (start === null && offsets !== undefined && typeof offsets === "object") {
    start = typeof offsets.from === "number" ? offsets.from / 1000 : null;
    end = typeof offsets.to === "number" ? offsets.to / 1000 : null;
  } else if (start === null && stamps !== undefined && typeof stamps === "object") {
    start = typeof stamps.from === "string" ? parseTimestamp(stamps.from) : null;
    end = typeof stamps.to === "string" ? parseTimestamp(stamps.to) : null;
  } else if (start === null && Array.isArray(s.timestamp)) {
    start = seconds(s.timestamp[0]);
    end = seconds(s.timestamp[1]);
  }
  return { speaker: speakerOf(s.speaker), start, end: end !== null && start !== null && end < start ? null : end, text: s.text.trim() };
}

function seconds(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;
}

/** `"Dana"`, `"SPEAKER_01"` as written; a bare number from a diarizer (`1`, `"1"`, whisper.cpp's `"(speaker 1)"` unwrapped) becomes `Speaker N`. */
function speakerOf(value: unknown): string | null {
  if (typeof value === "number" && Number.isInteger(value)) return `Speaker ${value}`;
  if (typeof value !== "string") return null;
  const name = value.trim().replace(/^\((.*)\)$/, "$1").trim();
  if (/^\d{1,3}$/.test(name)) return `Speaker ${name}`;
  return name === "" || name === "?" ? null : name;
}
