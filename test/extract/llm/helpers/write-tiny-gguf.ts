import { writeFile } from "node:fs/promises";

/**
 * Writes a tiny llama-architecture GGUF model (one block, 32-wide, a byte + printable-ASCII SPM vocab)
 * so the local engine's loading and grammar-constrained JSON path can be tested without downloads.
 *
 * The weights are random except for two places that make generation predictable: every token has the
 * same embedding and the attention/FFN output projections are zero, so the hidden state is the same at
 * every position, and each row of `output.weight` is a constant chosen from `preference`. The model thus
 * always ranks tokens the same way, and under a JSON-schema grammar it writes the shortest valid JSON
 * it can: strings closed as early as allowed, arrays left empty.
 */
export async function writeTinyGguf(file: string, options: { preference?: string; contextLength?: number } = {}): Promise<void> {
  await writeFile(file, tinyGguf(options));
}

const N_EMBD = 32;
const N_HEAD = 4;
const N_FF = 64;
/** Tokens in order of preference, most preferred first (`▁` is SentencePiece's space). */
const DEFAULT_PREFERENCE = `"x]}0123456789-abcdefghijklmnopqrstuvwyzABCDEFGHIJKLMNOPQRSTUVWXYZ,:[{.`;

export function tinyGguf(options: { preference?: string; contextLength?: number } = {}): Uint8Array {
  const preference = options.preference ?? DEFAULT_PREFERENCE;
  const tokens: string[] = ["<unk>", "<s>", "</s>"];
  const types: number[] = [2, 3, 3]; // unknown, control, control
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`);
    types.push(6); // byte
  }
  for (let c = 0x21; c < 0x7f; c++) {
    tokens.push(String.fromCharCode(c));
    types.push(1); // normal
  }
  tokens.push("▁");
  types.push(1);
  const nVocab = tokens.length;
  const rank = (t: string): number => {
    const i = preference.indexOf(t);
    return i === -1 ? -1000 : 1000 - 10 * i;
  };

  const random = lcg(7);
  const rand = (n: number, scale: number) => Float32Array.from({ length: n }, () => (random() * 2 - 1) * scale);
  const fill = (n: number, v: number) => new Float32Array(n).fill(v);
  const outputRows = new Float32Array(N_EMBD * nVocab);
  for (let t = 0; t < nVocab; t++) outputRows.fill(rank(tokens[t]!) / N_EMBD / 10, t * N_EMBD, (t + 1) * N_EMBD);

  const tensors: Array<{ name: string; dims: number[]; data: Float32Array }> = [
    { name: "token_embd.weight", dims: [N_EMBD, nVocab], data: fill(N_EMBD * nVocab, 1) },
    { name: "output_norm.weight", dims: [N_EMBD], data: fill(N_EMBD, 1) },
    { name: "output.weight", dims: [N_EMBD, nVocab], data: outputRows },
    { name: "blk.0.attn_norm.weight", dims: [N_EMBD], data: fill(N_EMBD, 1) },
    { name: "blk.0.attn_q.weight", dims: [N_EMBD, N_EMBD], data: rand(N_EMBD * N_EMBD, 0.1) },
    { name: "blk.0.attn_k.weight", dims: [N_EMBD, N_EMBD], data: rand(N_EMBD * N_EMBD, 0.1) },
    { name: "blk.0.attn_v.weight", dims: [N_EMBD, N_EMBD], data: rand(N_EMBD * N_EMBD, 0.1) },
    { name: "blk.0.attn_output.weight", dims: [N_EMBD, N_EMBD], data: fill(N_EMBD * N_EMBD, 0) },
    { name: "blk.0.ffn_norm.weight", dims: [N_EMBD], data: fill(N_EMBD, 1) },
    { name: "blk.0.ffn_gate.weight", dims: [N_EMBD, N_FF], data: rand(N_EMBD * N_FF, 0.1) },
    { name: "blk.0.ffn_up.weight", dims: [N_EMBD, N_FF], data: rand(N_EMBD * N_FF, 0.1) },
    { name: "blk.0.ffn_down.weight", dims: [N_FF, N_EMBD], data: fill(N_FF * N_EMBD, 0) },
  ];

  const w = new GgufWriter();
  const kv: Array<[string, (w: GgufWriter) => void]> = [
    ["general.architecture", (w) => w.str("llama")],
    ["general.name", (w) => w.str("mnemo-tiny-test")],
    ["llama.context_length", (w) => w.u32v(options.contextLength ?? 4096)],
    ["llama.embedding_length", (w) => w.u32v(N_EMBD)],
    ["llama.block_count", (w) => w.u32v(1)],
    ["llama.feed_forward_length", (w) => w.u32v(N_FF)],
    ["llama.attention.head_count", (w) => w.u32v(N_HEAD)],
    ["llama.attention.head_count_kv", (w) => w.u32v(N_HEAD)],
    ["llama.rope.dimension_count", (w) => w.u32v(N_EMBD / N_HEAD)],
    ["llama.attention.layer_norm_rms_epsilon", (w) => w.f32v(1e-5)],
    ["llama.vocab_size", (w) => w.u32v(nVocab)],
    ["tokenizer.ggml.model", (w) => w.str("llama")],
    ["tokenizer.ggml.tokens", (w) => w.arr(STRING, tokens, (s) => w.string(s))],
    ["tokenizer.ggml.scores", (w) => w.arr(FLOAT32, tokens, () => w.f32(0))],
    ["tokenizer.ggml.token_type", (w) => w.arr(INT32, types, (t) => w.i32(t))],
    ["tokenizer.ggml.bos_token_id", (w) => w.u32v(1)],
    ["tokenizer.ggml.eos_token_id", (w) => w.u32v(2)],
    ["tokenizer.ggml.unknown_token_id", (w) => w.u32v(0)],
    ["tokenizer.ggml.add_bos_token", (w) => w.boolv(true)],
  ];
  w.u32(0x46554747); // "GGUF"
  w.u32(3);
  w.u64(tensors.length);
  w.u64(kv.length);
  for (const [key, write] of kv) {
    w.string(key);
    write(w);
  }
  let offset = 0;
  for (const t of tensors) {
    w.string(t.name);
    w.u32(t.dims.length);
    for (const d of t.dims) w.u64(d);
    w.u32(0); // F32
    w.u64(offset);
    offset = align(offset + t.data.byteLength);
  }
  w.pad();
  for (const t of tensors) {
    w.bytes(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength));
    w.pad();
  }
  return w.done();
}

const ALIGNMENT = 32;
const INT32 = 5;
const FLOAT32 = 6;
const STRING = 8;
const align = (n: number) => Math.ceil(n / ALIGNMENT) * ALIGNMENT;

class GgufWriter {
  private chunks: Uint8Array[] = [];
  private length = 0;
  bytes(b: Uint8Array) {
    this.chunks.push(b);
    this.length += b.byteLength;
  }
  private num(size: number, set: (v: DataView) => void) {
    const b = new Uint8Array(size);
    set(new DataView(b.buffer));
    this.bytes(b);
  }
  u32(n: number) { this.num(4, (v) => v.setUint32(0, n, true)); }
  i32(n: number) { this.num(4, (v) => v.setInt32(0, n, true)); }
  u64(n: number) { this.num(8, (v) => v.setBigUint64(0, BigInt(n), true)); }
  f32(n: number) { this.num(4, (v) => v.setFloat32(0, n, true)); }
  string(s: string) {
    const b = new TextEncoder().encode(s);
    this.u64(b.byteLength);
    this.bytes(b);
  }
  /** Typed metadata values: the type tag, then the value. */
  str(s: string) { this.u32(STRING); this.string(s); }
  u32v(n: number) { this.u32(4); this.u32(n); }
  f32v(n: number) { this.u32(FLOAT32); this.f32(n); }
  boolv(b: boolean) { this.u32(7); this.bytes(Uint8Array.of(b ? 1 : 0)); }
  arr<T>(type: number, items: readonly T[], write: (item: T) => void) {
    this.u32(9);
    this.u32(type);
    this.u64(items.length);
    for (const item of items) write(item);
  }
  pad() {
    const n = align(this.length) - this.length;
    if (n) this.bytes(new Uint8Array(n));
  }
  done(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    return out;
  }
}

/** A small seeded generator, so the model file is the same on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
