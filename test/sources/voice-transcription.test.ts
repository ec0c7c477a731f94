import { after, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSourceDocuments } from "../../src/sources/read-source-documents.ts";
import { SourceError } from "../../src/sources/source-error.ts";
import { readWavFormat } from "../../src/sources/voice/read-wav-format.ts";
import { toSpeechWav } from "../../src/sources/voice/to-speech-wav.ts";

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function madeDir(dir: string): string {
  made.push(dir);
  return dir;
}

// These tests run the real tools: espeak-ng makes the speech, ffmpeg converts it, pocketsphinx
// transcribes it. CI installs them (.ci/run); a missing one fails here with what to install.
for (const tool of ["espeak-ng", "ffmpeg", "pocketsphinx_continuous"]) {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
  } catch {
    throw new Error(`${tool} is missing: apt-get install espeak-ng ffmpeg pocketsphinx pocketsphinx-en-us`);
  }
}

const tempDir = (): string => madeDir(mkdtempSync(join(tmpdir(), "mnemo-voice-test-")));
/** The environment with the engine choice left to defaults (no whisper.cpp, no endpoint configured). */
const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME };

/** Synthetic speech: US English voice at 160 words per minute, 22.05 kHz mono WAV. */
function speak(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  execFileSync("espeak-ng", ["-v", "en-us", "-s", "160", "-w", path, text]);
  return path;
}

/** PCM samples of a mono 16-bit WAV (espeak-ng's), for joining recordings. */
function pcm(path: string): { rate: number; data: Buffer } {
  const bytes = readFileSync(path);
  const format = readWavFormat(bytes);
  assert.ok(format !== null && format.dataBytes !== null);
  const dataAt = bytes.indexOf("data") + 8;
  return { rate: format.sampleRate, data: bytes.subarray(dataAt, dataAt + format.dataBytes) };
}

function wav(rate: number, data: Buffer): Buffer {
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

test("espeak-ng → WAV → ffmpeg → pocketsphinx: a voice note comes back as text", async () => {
  const dir = tempDir();
  const path = speak(dir, "2025-11-04 Quarterly reminder.wav", "The quarterly report is due on Friday");
  const [doc, ...rest] = await readSourceDocuments(path, { env: baseEnv });
  assert.equal(rest.length, 0);
  assert.equal(doc!.kind, "voice");
  assert.equal(doc!.format, "voice-pocketsphinx");
  assert.equal(doc!.title, "Quarterly reminder");
  assert.equal(doc!.date, "2025-11-04");
  assert.deepEqual(doc!.messages, []);
  const text = doc!.segments.map((s) => s.text).join(" ");
  assert.match(text, /\breport\b/, text);
  assert.match(text, /\bfriday\b/, text);
  assert.ok(doc!.segments.every((s) => s.speaker === null));
  assert.ok(doc!.warnings.some((w) => /pocketsphinx/.test(w)));
});

test("one segment per utterance, with times; the date falls back to the file's modification time", async () => {
  const dir = tempDir();
  const first = pcm(speak(dir, "a.wav", "The quarterly report is due on Friday"));
  const second = pcm(speak(dir, "b.wav", "Call the bank about the loan"));
  const silence = Buffer.alloc(first.rate * 2); // one second of 16-bit silence
  const path = join(dir, "memo.wav");
  writeFileSync(path, wav(first.rate, Buffer.concat([first.data, silence, second.data])));
  const recorded = new Date(2025, 2, 14, 9, 30);
  utimesSync(path, recorded, recorded);

  const [doc] = await readSourceDocuments(path, { env: baseEnv });
  assert.equal(doc!.date, "2025-03-14");
  assert.equal(doc!.title, "memo");
  assert.equal(doc!.segments.length, 2, JSON.stringify(doc!.segments));
  const [one, two] = doc!.segments;
  assert.match(one!.text, /\bfriday\b/);
  const firstSeconds = first.data.length / 2 / first.rate;
  assert.ok(one!.start! >= 0 && one!.end! <= firstSeconds + 0.3, JSON.stringify(one));
  assert.ok(two!.start! >= firstSeconds + 0.5 && two!.end! > two!.start!, JSON.stringify(two));
});

test("compressed recordings (m4a, ogg, mp3) are converted to 16 kHz mono 16-bit WAV", async () => {
  const dir = tempDir();
  const source = speak(dir, "note.wav", "Send the contract to legal");
  const seconds = pcm(source).data.length / 2 / 22_050;
  for (const ext of ["m4a", "ogg", "mp3"]) {
    const encoded = join(dir, `note.${ext}`);
    execFileSync("ffmpeg", ["-nostdin", "-loglevel", "error", "-y", "-i", source, encoded]);
    const work = join(dir, `work-${ext}`);
    mkdirSync(work);
    const speech = await toSpeechWav({ path: encoded, fileName: `note.${ext}` }, work, baseEnv);
    const format = readWavFormat(readFileSync(speech.path));
    assert.deepEqual(
      { encoding: format?.encoding, channels: format?.channels, sampleRate: format?.sampleRate, bits: format?.bitsPerSample },
      { encoding: 1, channels: 1, sampleRate: 16_000, bits: 16 },
      ext,
    );
    assert.ok(Math.abs(speech.seconds - seconds) < 0.15, `${ext}: ${speech.seconds} s vs ${seconds} s`);
  }
});

test("without any speech-to-text engine the file fails with one line saying what to install", async () => {
  const dir = tempDir();
  const path = speak(dir, "memo.wav", "Hello");
  const empty = join(dir, "empty-bin");
  mkdirSync(empty);
  await assert.rejects(readSourceDocuments(path, { env: { PATH: empty } }), (error: unknown) => {
    assert.ok(error instanceof SourceError);
    assert.equal(error.code, "missing-tool");
    assert.ok(!error.message.includes("\n"));
    assert.match(error.message, /^cannot transcribe memo\.wav: no speech-to-text engine found: install pocketsphinx, pocketsphinx-en-us and ffmpeg/);
    assert.match(error.message, /MNEMO_WHISPER_MODEL/);
    return true;
  });
});

test("whisper.cpp: a configured binary and model are used, and their problems are reported, not replaced", async () => {
  const dir = tempDir();
  const audio = speak(dir, "idea.m4a.wav", "Whatever it says");
  const model = join(dir, "ggml-base.en.bin");
  writeFileSync(model, "not really a model");
  const argsFile = join(dir, "args.txt");
  const copy = join(dir, "input-seen.wav");
  const fake = join(dir, "whisper-cli");
  // Prints what whisper.cpp prints: a timestamped line per segment (and chatter on stderr).
  writeFileSync(
    fake,
    `#!/bin/sh
printf '%s\\n' "$@" > '${argsFile}'
while [ $# -gt 0 ]; do [ "$1" = "-f" ] && cp "$2" '${copy}'; shift; done
echo "whisper_init_from_file: loading model" >&2
echo ""
echo "[00:00:00.000 --> 00:00:02.500]   The quarterly report is due on Friday."
echo "[00:00:02.500 --> 00:00:03.000]   [BLANK_AUDIO]"
echo "[00:00:03.000 --> 00:01:05.120]   Call the bank about the loan."
`,
  );
  chmodSync(fake, 0o755);
  const env = { ...baseEnv, MNEMO_WHISPER_CPP: fake, MNEMO_WHISPER_MODEL: model, MNEMO_TRANSCRIBE_LANGUAGE: "en" };

  const [doc] = await readSourceDocuments(audio, { env });
  assert.equal(doc!.format, "voice-whisper-cpp");
  assert.deepEqual(doc!.segments, [
    { speaker: null, start: 0, end: 2.5, text: "The quarterly report is due on Friday." },
    { speaker: null, start: 3, end: 65.12, text: "Call the bank about the loan." },
  ]);
  assert.deepEqual(doc!.warnings, []);
  const args = readFileSync(argsFile, "utf8").trim().split("\n");
  assert.deepEqual(args.slice(0, 2), ["-m", model]);
  assert.deepEqual(args.slice(4), ["-l", "en", "-np"]);
  const seen = readWavFormat(readFileSync(copy));
  assert.equal(seen?.sampleRate, 16_000, "whisper.cpp gets a 16 kHz WAV");
  assert.equal(seen?.channels, 1);

  await assert.rejects(readSourceDocuments(audio, { env: { ...env, MNEMO_WHISPER_MODEL: join(dir, "missing.bin") } }), {
    code: "missing-tool",
    message: /MNEMO_WHISPER_MODEL names .*missing\.bin, which does not exist/,
  });
});

test("an OpenAI-compatible endpoint gets the audio as multipart and its segments come back", async () => {
  const dir = tempDir();
  const audio = join(dir, "Standup idea.m4a");
  const audioBytes = Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from("ftypM4A "), Buffer.alloc(200, 7)]);
  writeFileSync(audio, audioBytes);
  const requests: { url: string; auth: string | undefined; type: string | undefined; body: Buffer }[] = [];
  let reply: (status: number) => [number, unknown] = () => [200, {}];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      requests.push({ url: req.url ?? "", auth: req.headers.authorization, type: req.headers["content-type"], body });
      const [status, json] = reply(requests.length);
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const env = { PATH: join(dir, "no-bin"), MNEMO_TRANSCRIBE_URL: `http://127.0.0.1:${port}/v1/`, MNEMO_TRANSCRIBE_MODEL: "whisper-large-v3", MNEMO_API_KEY: "sk-test-123" };
    reply = () => [200, { text: "x", segments: [{ id: 0, start: 0, end: 2.4, text: " We should ship on Monday." }, { id: 1, start: 2.4, end: 4, text: " Priya owns the demo." }] }];

    const [doc] = await readSourceDocuments(audio, { env });
    assert.equal(doc!.format, "voice-openai");
    assert.equal(doc!.title, "Standup idea");
    assert.deepEqual(doc!.segments.map((s) => [s.start, s.end, s.text]), [[0, 2.4, "We should ship on Monday."], [2.4, 4, "Priya owns the demo."]]);
    const [request] = requests;
    assert.equal(request!.url, "/v1/audio/transcriptions");
    assert.equal(request!.auth, "Bearer sk-test-123");
    assert.match(request!.type ?? "", /^multipart\/form-data; boundary=/);
    const form = request!.body.toString("latin1");
    assert.match(form, /name="model"\r\n\r\nwhisper-large-v3\r\n/);
    assert.match(form, /name="response_format"\r\n\r\nverbose_json\r\n/);
    assert.match(form, /name="file"; filename="Standup idea\.m4a"\r\nContent-Type: audio\/mp4\r\n\r\n/);
    assert.ok(request!.body.includes(audioBytes), "the recording's bytes are sent as they are");

    // An endpoint that only knows plain `json`: asked again, its text is one untimed segment.
    requests.length = 0;
    reply = (n) => (n === 1 ? [400, { error: { message: "response_format verbose_json is not supported" } }] : [200, { text: " Short note. " }]);
    const [plain] = await readSourceDocuments(audio, { env });
    assert.deepEqual(plain!.segments, [{ speaker: null, start: null, end: null, text: "Short note." }]);
    assert.match(requests[1]!.body.toString("latin1"), /name="response_format"\r\n\r\njson\r\n/);

    reply = () => [401, { error: { message: "Incorrect API key provided" } }];
    await assert.rejects(readSourceDocuments(audio, { env }), {
      code: "unreadable",
      message: "the transcription endpoint refused Standup idea.m4a: HTTP 401 Incorrect API key provided",
    });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
