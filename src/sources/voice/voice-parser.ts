import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FileParseInput, FileSourceParser, ParsedPart } from "../file-source-parser.ts";
import { fileNameInfo } from "../file-name-info.ts";
import type { Segment } from "../source-document.ts";
import { SourceError } from "../source-error.ts";
import { chooseTranscriber } from "./choose-transcriber.ts";
import type { Transcriber } from "./transcriber.ts";

/** Extensions of the recordings Mnemo transcribes. */
const AUDIO_EXTENSION = /\.(?:wav|mp3|m4a|ogg|oga|opus|flac)$/i;

/**
 * Voice notes: an audio recording transcribed by a speech-to-text engine (`voice/choose-transcriber`).
 * One segment per utterance, speaker unknown (null); the date comes from the file name, else from
 * the file's modification time. No engine is a `missing-tool` failure that says what to install.
 * Detected by the file's signature (RIFF/WAVE, ID3 or an MPEG frame, `ftyp`, OggS, fLaC) or its extension.
 */
export function voiceParser(choose: (env: FileParseInput["env"]) => Transcriber | string = defaultChoice): FileSourceParser {
  return {
    format: "voice",
    kind: "voice",
    splits: false,
    detect(head, fileName) {
      if (audioSignature(head)) return 0.99;
      return AUDIO_EXTENSION.test(fileName) ? 0.6 : 0;
    },
    async parse(input: FileParseInput): Promise<ParsedPart[]> {
      if (input.bytes.length === 0) throw new SourceError("empty", `${input.fileName} is empty`);
      const transcriber = choose(input.env);
      if (typeof transcriber === "string") throw new SourceError("missing-tool", `cannot transcribe ${input.fileName}: ${transcriber}`);
      let workDir: string | null = null;
      try {
        let path = input.path;
        if (path === null) {
          workDir = await mkdtemp(join(tmpdir(), "mnemo-audio-"));
          path = join(workDir, input.fileName.replace(/[\\/]/g, "_"));
          await writeFile(path, input.bytes);
        }
        const transcript = await transcriber.transcribe({ path, fileName: input.fileName });
        const segments: Segment[] = transcript.segments
          .map((segment) => ({ speaker: null, start: segment.start, end: segment.end, text: segment.text.replace(/\s+/g, " ").trim() }))
          .filter((segment) => segment.text !== "");
        if (segments.length === 0) throw new SourceError("empty", `no speech recognised in ${input.fileName} (${transcript.engine})`);
        const name = fileNameInfo(input.fileName);
        const warnings =
          transcriber.id === "pocketsphinx" ? ["transcribed offline by pocketsphinx: expect misheard words"] : [];
        return [
          {
            bytes: input.bytes,
            source: {
              kind: "voice",
              format: `voice-${transcriber.id}`,
              title: name.title,
              date: name.date ?? localDate(input.modified),
              participantsHint: [],
              segments,
              messages: [],
              automated: false,
              warnings,
            },
          },
        ];
      } finally {
        if (workDir !== null) await rm(workDir, { recursive: true, force: true });
      }
    },
  };
}

function defaultChoice(env: FileParseInput["env"]): Transcriber | string {
  const choice = chooseTranscriber(env);
  return choice.ok ? choice.transcriber : choice.reason;
}

function audioSignature(head: Uint8Array): boolean {
  const ascii = (from: number, to: number): string => String.fromCharCode(...head.subarray(from, to));
  if (head.length < 12) return false;
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WAVE") return true;
  if (ascii(0, 3) === "ID3" || ascii(0, 4) === "OggS" || ascii(0, 4) === "fLaC") return true;
  if (ascii(4, 8) === "ftyp" && /^(?:M4A |M4B |mp42|mp41|isom|3gp\d|qt  )$/.test(ascii(8, 12))) return true;
  // An MPEG audio frame header: 11 sync bits, layer III.
  return head[0] === 0xff && (head[1]! & 0xe6) === 0xe2;
}

function localDate(time: Date | null): string | null {
  if (time === null || Number.isNaN(time.getTime())) return null;
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}
