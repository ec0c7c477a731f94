import type { ResolvedEngine } from "../extract/llm/resolve-engine.ts";

/** Turns texts into unit-length vectors (so cosine similarity is a dot product). */
export type Embedder = { model: string; embed(texts: string[]): Promise<Float32Array[]> };

export const DEFAULT_OPENAI_EMBEDDING_MODEL = "text-embedding-3-small";
const BATCH = 64;

/**
 * The embedding model the user's engine offers, or null: OpenAI (`text-embedding-3-small` unless
 * `MNEMO_EMBED_MODEL` says otherwise) and an OpenAI-compatible server when `--embed-model`,
 * `MNEMO_EMBED_MODEL` or `search.embed_model` in the config names a model it serves. `none`
 * turns embeddings off. Anthropic and local GGUF engines offer none here. Calls go to the engine's own base URL, with its key.
 */
export function chooseEmbedder(engine: ResolvedEngine | null, model: string | undefined): Embedder | null {
  if (!engine || model === "none") return null;
  if (engine.name === "openai") return openAIEmbedder("https://api.openai.com/v1", model ?? DEFAULT_OPENAI_EMBEDDING_MODEL, engine);
  if (engine.name === "openai-compatible" && model && engine.settings.base_url) return openAIEmbedder(engine.settings.base_url, model, engine);
  return null;
}

/** The OpenAI `/v1/embeddings` API, which Ollama, vLLM, LM Studio and llama.cpp's server also speak. */
export function openAIEmbedder(baseUrl: string, model: string, engine: Pick<ResolvedEngine, "apiKey" | "settings">): Embedder {
  const url = `${baseUrl.replace(/\/+$/, "")}/embeddings`;
  return {
    model,
    async embed(texts) {
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        const input = texts.slice(i, i + BATCH);
        const res = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(engine.apiKey ? { authorization: `Bearer ${engine.apiKey}` } : {}) },
          body: JSON.stringify({ model, input }),
          signal: AbortSignal.timeout(engine.settings.timeout_seconds * 1000),
        });
        if (!res.ok) throw new Error(`embeddings: ${url} answered ${res.status} ${res.statusText}`);
        const body = (await res.json()) as { data?: { index?: number; embedding?: number[] }[] };
        const data = [...(body.data ?? [])].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
        if (data.length !== input.length || data.some((d) => !Array.isArray(d.embedding))) throw new Error(`embeddings: ${url} sent ${data.length} vectors for ${input.length} texts`);
        for (const d of data) out.push(unit(d.embedding!));
      }
      return out;
    },
  };
}

function unit(v: readonly number[]): Float32Array {
  const a = Float32Array.from(v);
  let n = 0;
  for (const x of a) n += x * x;
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < a.length; i++) a[i]! /= n;
  return a;
}
