/** The sample layout of a WAV file, from its `fmt ` chunk. */
export type WavFormat = {
  /** 1 for integer PCM, 3 for float, 0xFFFE for WAVE_FORMAT_EXTENSIBLE. */
  encoding: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Length of the `data` chunk in bytes, when it comes within the bytes given. */
  dataBytes: number | null;
};

/** Reads the header of a RIFF/WAVE file (the first few KB are enough); null for anything else. */
export function readWavFormat(head: Uint8Array): WavFormat | null {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const tag = (at: number): string => String.fromCharCode(...head.subarray(at, at + 4));
  if (head.length < 12 || tag(0) !== "RIFF" || tag(8) !== "WAVE") return null;
  let format: Omit<WavFormat, "dataBytes"> | null = null;
  let at = 12;
  while (at + 8 <= head.length) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    if (id === "fmt " && at + 24 <= head.length) {
      format = {
        encoding: view.getUint16(at + 8, true),
        channels: view.getUint16(at + 10, true),
        sampleRate: view.getUint32(at + 12, true),
        bitsPerSample: view.getUint16(at + 22, true),
      };
    }
    if (id === "data") return format === null ? null : { ...format, dataBytes: size };
    at += 8 + size + (size % 2);
  }
  return format === null ? null : { ...format, dataBytes: null };
}

/** True when speech engines can read the file as it is: 16 kHz, mono, 16-bit integer PCM. */
export function isSpeechWav(format: WavFormat | null): boolean {
  return format !== null && format.encoding === 1 && format.channels === 1 && format.sampleRate === 16_000 && format.bitsPerSample === 16;
}
