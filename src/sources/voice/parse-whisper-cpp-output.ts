import type { TranscriptSegment } from "./transcriber.ts";

/** `[00:00:00.000 --> 00:00:04.120]   The quarterly report is due on Friday.` (hours may be absent or longer). */
const LINE = /^\[((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}) --> ((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\]\s*(.*)$/;
/** Whole-segment non-speech tags whisper writes: `[BLANK_AUDIO]`, `[Music]`, `(wind blowing)`, `♪`. */
const NON_SPEECH = /^(?:\[[^\]]*\]|\([^)]*\)|[♪♫\s]+)$/;

/** Segments from whisper.cpp's standard output (`whisper-cli -m model -f file.wav`), one per timestamped line. */
export function parseWhisperCppOutput(stdout: string): TranscriptSegment[] {
  const segments: TranscriptSegment[] = [];
  for (const raw of stdout.split(/\r?\n/)) {
    const match = LINE.exec(raw.trim());
    if (!match) continue;
    const text = match[3]!.trim();
    if (text === "" || NON_SPEECH.test(text)) continue;
    segments.push({ start: seconds(match[1]!), end: seconds(match[2]!), text });
  }
  return segments;
}

function seconds(stamp: string): number {
  const parts = stamp.replace(",", ".").split(":").map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}
