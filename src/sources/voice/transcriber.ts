/** One utterance of a recording: seconds from its start (null when the engine gives no times) and the words. */
export type TranscriptSegment = { start: number | null; end: number | null; text: string };

/** What a speech-to-text engine made of a recording. */
export type Transcript = {
  /** Which engine, as a person reads it: `pocketsphinx`, `whisper.cpp (ggml-base.en.bin)`, `whisper-1 at http://…`. */
  engine: string;
  segments: TranscriptSegment[];
};

/** An audio file on disk, with the name it arrived under. */
export type AudioFile = { path: string; fileName: string };

/**
 * A speech-to-text engine. `id` is stable (`pocketsphinx`, `whisper-cpp`, `openai`) and names the
 * format of the voice sources it reads (`voice-pocketsphinx`). `transcribe` throws `SourceError`
 * when the recording cannot be converted or the engine fails on it.
 */
export interface Transcriber {
  readonly id: string;
  transcribe(file: AudioFile): Promise<Transcript>;
}
