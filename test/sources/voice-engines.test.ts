import { after, test } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chooseTranscriber } from "../../src/sources/voice/choose-transcriber.ts";
import { parsePocketsphinxContinuous, parsePocketsphinxJson } from "../../src/sources/voice/parse-pocketsphinx-output.ts";
import { parseWhisperCppOutput } from "../../src/sources/voice/parse-whisper-cpp-output.ts";
import { voiceParser } from "../../src/sources/voice/voice-parser.ts";

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function madeDir(dir: string): string {
  made.push(dir);
  return dir;
}

test("pocketsphinx_continuous -time yes: one segment per utterance, marks and fillers dropped", () => {
  const stdout = [
    "look what a report is due on friday",
    "<s> 0.000 0.020 0.999200",
    "look 0.030 0.200 0.027820",
    "what(2) 0.210 0.480 0.311320",
    "<sil> 0.550 0.640 0.983929",
    "[NOISE] 0.640 0.650 0.5",
    "report 0.650 1.070 0.057278",
    "friday(2) 1.630 2.050 0.048765",
    "</s> 2.240 2.530 1.000000",
    "INFO: continuous.c(295): done",
    "also hello",
    "<s> 3.510 3.670 0.999500",
    "also 3.680 4.060 0.394709",
    "++BREATH++ 4.060 4.100 0.9",
    "hello 4.730 5.150 1.2e-05",
    "</s> 5.160 5.680 1.000000",
  ].join("\n");
  assert.deepEqual(parsePocketsphinxContinuous(stdout), [
    { start: 0.03, end: 2.05, text: "look what report friday" },
    { start: 3.68, end: 5.15, text: "also hello" },
  ]);
  assert.deepEqual(parsePocketsphinxContinuous("first utterance\nsecond one\n"), [
    { start: null, end: null, text: "first utterance" },
    { start: null, end: null, text: "second one" },
  ]);
});

test("pocketsphinx 5 JSON lines", () => {
  const stdout = [
    '{"b":0.000,"d":2.610,"p":0.9,"t":"the quarterly report is due on friday(2)","w":[]}',
    "not json",
    '{"b":3.5,"d":1.5,"p":0.5,"t":"<sil>"}',
    '{"b":3.940,"d":2.110,"p":0.8,"t":"call the bank"}',
  ].join("\n");
  assert.deepEqual(parsePocketsphinxJson(stdout), [
    { start: 0, end: 2.61, text: "the quarterly report is due on friday" },
    { start: 3.94, end: 6.05, text: "call the bank" },
  ]);
});

test("whisper.cpp output lines, with and without hours, non-speech tags skipped", () => {
  const stdout = [
    "",
    "[00:00:00.000 --> 00:00:04.120]   The quarterly report is due on Friday.",
    "[00:00:04.120 --> 00:00:05.000]   [BLANK_AUDIO]",
    "[00:00:05.000 --> 00:00:06.000]   (wind blowing)",
    "[01:02:03.500 --> 01:02:07.250]  Call the bank.",
    "[00:10.000 --> 00:12.500]   Short form.",
    "whisper_print_timings: total time = 1234.00 ms",
  ].join("\n");
  assert.deepEqual(parseWhisperCppOutput(stdout), [
    { start: 0, end: 4.12, text: "The quarterly report is due on Friday." },
    { start: 3723.5, end: 3727.25, text: "Call the bank." },
    { start: 10, end: 12.5, text: "Short form." },
  ]);
});

test("engine choice: explicit choices, never sending audio away on a key alone", async () => {
  const dir = madeDir(mkdtempSync(join(tmpdir(), "mnemo-choose-")));
  const bin = join(dir, "bin");
  mkdirSync(bin);
  const none = { PATH: join(dir, "nothing") };
  const pocketsphinx = join(bin, "pocketsphinx");
  writeFileSync(pocketsphinx, "#!/bin/sh\n");
  chmodSync(pocketsphinx, 0o755);

  const id = (env: Record<string, string>): string => {
    const choice = chooseTranscriber(env);
    return choice.ok ? choice.transcriber.id : `none: ${choice.reason}`;
  };
  assert.equal(id({ ...none, OPENAI_API_KEY: "sk-x" }), `none: ${(chooseTranscriber(none) as { reason: string }).reason}`);
  assert.match(id(none), /^none: no speech-to-text engine found: install pocketsphinx/);
  assert.equal(id({ PATH: bin }), "pocketsphinx");
  assert.equal(id({ PATH: bin, MNEMO_TRANSCRIBE_URL: "http://127.0.0.1:9/v1" }), "openai");
  assert.equal(id({ ...none, MNEMO_TRANSCRIBER: "openai", OPENAI_API_KEY: "sk-x" }), "openai");
  // The OpenAI key is never sent to another host; MNEMO_API_KEY is.
  const key = async (env: Record<string, string>): Promise<string | null> => {
    const choice = chooseTranscriber(env);
    assert.ok(choice.ok);
    let auth: string | null = null;
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (_url, init) => {
      auth = new Headers(init?.headers).get("authorization");
      return new Response(JSON.stringify({ text: "ok" }), { status: 200 });
    };
    try {
      const audio = join(dir, "a.wav");
      writeFileSync(audio, "RIFF");
      await choice.transcriber.transcribe({ path: audio, fileName: "a.wav" });
    } finally {
      globalThis.fetch = realFetch;
    }
    return auth;
  };
  assert.equal(await key({ ...none, MNEMO_TRANSCRIBE_URL: "http://127.0.0.1:9/v1", OPENAI_API_KEY: "sk-openai" }), null);
  assert.equal(await key({ ...none, MNEMO_TRANSCRIBE_URL: "http://127.0.0.1:9/v1", OPENAI_API_KEY: "sk-openai", MNEMO_API_KEY: "mn" }), "Bearer mn");
  assert.equal(await key({ ...none, MNEMO_TRANSCRIBER: "openai", OPENAI_API_KEY: "sk-openai" }), "Bearer sk-openai");
  assert.equal(id({ PATH: bin, MNEMO_TRANSCRIBER: "whisper-cpp" }), "none: MNEMO_WHISPER_MODEL is not set to a whisper.cpp model file (e.g. ggml-base.en.bin)");
  assert.equal(id({ ...none, MNEMO_TRANSCRIBER: "vosk" }), 'none: MNEMO_TRANSCRIBER is "vosk"; use auto, pocketsphinx, whisper-cpp or openai');
  const model = join(dir, "ggml-tiny.bin");
  writeFileSync(model, "");
  assert.equal(id({ PATH: bin, MNEMO_WHISPER_MODEL: model }), "none: whisper-cli (whisper.cpp) is not on PATH; set MNEMO_WHISPER_CPP to it");
});

test("voice files are recognised by signature, else by extension", () => {
  const parser = voiceParser(() => "unused");
  const bytes = (...parts: (string | number[])[]): Uint8Array =>
    Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));
  assert.equal(parser.detect(bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "), "x.bin"), 0.99);
  assert.equal(parser.detect(bytes([0, 0, 0, 0x20], "ftypM4A ", [0, 0, 0, 0]), "Recording.m4a"), 0.99);
  assert.equal(parser.detect(bytes("OggS", [0, 2, 0, 0, 0, 0, 0, 0]), "x"), 0.99);
  assert.equal(parser.detect(bytes("ID3", [4, 0, 0, 0, 0, 0, 0, 0, 0]), "x"), 0.99);
  assert.equal(parser.detect(bytes([0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0, 0, 0, 0, 0]), "x"), 0.99);
  assert.equal(parser.detect(bytes("garbage but named", "......"), "memo.mp3"), 0.6);
  assert.equal(parser.detect(bytes("WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n"), "call.vtt"), 0);
});
