import { createHash } from "node:crypto";
import type { SourceDocument } from "../../sources/source-document.ts";
import { extractWithRules } from "../extract-with-rules.ts";
import type { ExtractContext, Extraction, NoteType } from "../extraction.ts";
import { buildSystemPrompt, PROMPT_VERSION } from "./build-system-prompt.ts";
import { buildUserPrompt } from "./build-user-prompt.ts";
import { chooseProfile } from "./choose-profile.ts";
import { chunkTurns } from "./chunk-turns.ts";
import { createModelClient } from "./create-model-client.ts";
import { createLlmCache, type CacheKey, type LlmCache } from "./llm-cache.ts";
import { mergeExtractions } from "./merge-extractions.ts";
import { ModelCallError, type ChatMessage, type ModelClient, type ModelReply } from "./model-client.ts";
import { parseReply } from "./parse-reply.ts";
import { renderSource } from "./render-source.ts";
import type { ResolvedEngine } from "./resolve-engine.ts";
import { redact } from "./to-model-call-error.ts";
import { UsageMeter, type RunUsage } from "./usage-meter.ts";
import { withRetries } from "./with-retries.ts";

export type ModelExtractorOptions = {
  engine: ResolvedEngine;
  /** The API client; made from `engine` when not given (tests pass their own). */
  client?: ModelClient;
  /** `.mnemo/cache/llm/` of the vault, or null for no cache. */
  cacheDir: string | null;
  /** Dry runs read the cache but never write it. */
  readOnlyCache: boolean;
  /** Names of the people with pages in the vault, for the system prompt. */
  people?: readonly string[];
  sleep?: (ms: number) => Promise<void>;
  /** Told about retries and fallbacks, one line each (never with a key). */
  warn?: (message: string) => void;
};

export type ModelExtractor = {
  /** An `Extractor` for `ingestBatch`. */
  extract: (doc: SourceDocument, ctx: ExtractContext) => Promise<Extraction>;
  usage: () => RunUsage;
  close: () => Promise<void>;
};

const NOTE_TYPE: Record<SourceDocument["kind"], NoteType> = { transcript: "meeting", email: "email", document: "document", voice: "voice" };
/** Tokens kept free besides the prompt and the reply (message framing, the repair request). */
const MARGIN = 320;

/**
 * Extraction by a model: one call per source (per chunk when the source is longer than the context),
 * the reply validated against the Extraction schema with one repair round, retries on 429/5xx, a cache
 * so a re-run costs nothing, and on failure either a clear one-line Error or the built-in engine
 * (`engine.fallback: rules`). Whatever the source says, the result is an Extraction or nothing.
 */
export function createModelExtractor(options: ModelExtractorOptions): ModelExtractor {
  const { engine } = options;
  const s = engine.settings;
  const client = options.client ?? createModelClient(engine);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const meter = new UsageMeter(engine.name, displayModel(engine), s.prices[engine.model] ?? s.prices[displayModel(engine)]);
  const cache: LlmCache | null = options.cacheDir && s.cache ? createLlmCache(options.cacheDir, { readOnly: options.readOnlyCache }) : null;
  const secrets = engine.apiKey ? [engine.apiKey] : [];

  async function call(messages: ChatMessage[], system: string, maxOutputTokens: number, file: string): Promise<ModelReply> {
    const reply = await withRetries(() => client.complete({ system, messages, maxOutputTokens }), {
      maxRetries: s.max_retries,
      sleep,
      onRetry: (error, attempt, delay) => {
        meter.retries++;
        options.warn?.(`${file}: ${error.message}; retry ${attempt} of ${s.max_retries} in ${(delay / 1000).toFixed(1)}s`);
      },
    });
    meter.call(reply.inputTokens, reply.outputTokens);
    return reply;
  }

  async function extractChunk(system: string, user: string, maxOutputTokens: number, room: number, count: (t: string) => number, file: string): Promise<Extraction> {
    const messages: ChatMessage[] = [{ role: "user", content: user }];
    const first = await call(messages, system, maxOutputTokens, file);
    const parsed = parseReply(first.text);
    if (parsed.ok) return parsed.extraction;
    meter.repairs++;
    const problem = first.truncated ? `${parsed.problem} (the reply was cut off at ${maxOutputTokens} tokens: be briefer)` : parsed.problem;
    let previous = first.text;
    if (count(previous) > room) previous = `${previous.slice(0, Math.max(0, room * 3))}… [cut]`;
    messages.push(
      { role: "assistant", content: previous },
      {
        role: "user",
        content: `That reply was rejected: ${problem}.\nReply again with one JSON object that matches the schema exactly, for the same source, and nothing else.`,
      },
    );
    const second = await call(messages, system, maxOutputTokens, file);
    const again = parseReply(second.text);
    if (again.ok) return again.extraction;
    throw new Error(`no valid extraction after a repair round: ${again.problem}`);
  }

  async function extractWithModel(doc: SourceDocument, ctx: ExtractContext): Promise<Extraction> {
    const [count, context] = await Promise.all([client.tokenCounter(), client.contextTokens()]);
    const maxOutputTokens = Math.max(256, Math.min(s.max_output_tokens, Math.floor(context / 4)));
    const system = buildSystemPrompt(doc, {
      ownerName: ctx.ownerName,
      ownerAliases: ctx.ownerAliases,
      persona: s.persona,
      people: ctx.knownPeople ?? options.people ?? [],
      glossary: s.glossary,
      profile: chooseProfile(doc, s),
      budgetTokens: s.context_budget_tokens,
      count,
    });
    const frame = count(buildUserPrompt(doc, [], { index: 0, total: 2 }));
    const budget = context - count(system) - frame - maxOutputTokens - MARGIN;
    if (budget < 200) throw new Error(`the model's context (${context} tokens) is too small for the prompt; raise engine.context_tokens or lower engine.context_budget_tokens`);
    const turns = renderSource(doc);
    const chunks = chunkTurns(turns.length ? turns : ["(the source has no text)"], budget, count);
    const parts: Extraction[] = [];
    for (const [index, chunk] of chunks.entries()) {
      const user = buildUserPrompt(doc, chunk, { index, total: chunks.length });
      const room = context - count(system) - count(user) - maxOutputTokens - MARGIN + 160;
      parts.push(await extractChunk(system, user, maxOutputTokens, Math.max(0, room), count, doc.fileName));
    }
    return { ...mergeExtractions(parts), note_type: NOTE_TYPE[doc.kind] };
  }

  return {
    async extract(doc, ctx) {
      const key: CacheKey = { sourceHash: doc.contentHash, engine: engine.name, model: displayModel(engine), promptVersion: promptVersion(engine, ctx) };
      const cached = await cache?.get(key);
      if (cached) {
        meter.cacheHits++;
        return cached;
      }
      try {
        const extraction = await extractWithModel(doc, ctx);
        await cache?.put(key, extraction);
        return extraction;
      } catch (error) {
        const raw = error instanceof ModelCallError || error instanceof Error ? error.message : String(error);
        const reason = redact(raw.replace(/\s*\n\s*/g, " "), secrets);
        if (s.fallback === "rules") {
          meter.fallbacks++;
          options.warn?.(`${doc.fileName}: engine ${engine.name} (${displayModel(engine)}) failed: ${reason}; used the built-in engine instead`);
          return extractWithRules(doc, ctx);
        }
        meter.failed++;
        throw new Error(`${doc.fileName}: engine ${engine.name} (${displayModel(engine)}) failed: ${reason}`);
      }
    },
    usage: () => meter.summary(),
    close: () => client.close(),
  };
}

/** The model as people name it: a GGUF file by its file name, not its whole path. */
function displayModel(engine: ResolvedEngine): string {
  return engine.name === "local" ? engine.model.replace(/^.*[\\/]/, "") : engine.model;
}

/** PROMPT_VERSION plus a digest of the settings that shape the prompt (owner, persona, glossary, profiles). */
function promptVersion(engine: ResolvedEngine, ctx: ExtractContext): string {
  const s = engine.settings;
  const shaping = JSON.stringify([ctx.ownerName, ctx.ownerAliases, s.persona ?? null, s.glossary, s.profile, s.profile_rules, s.base_url ?? null, s.deployment ?? null]);
  return `${PROMPT_VERSION}+${createHash("sha256").update(shaping).digest("hex").slice(0, 12)}`;
}
