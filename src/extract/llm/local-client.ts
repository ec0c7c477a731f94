import type { Llama, LlamaContext, LlamaGrammar, LlamaModel } from "node-llama-cpp";
import { extractionGrammarSchema } from "./extraction-json-schema.ts";
import { ModelCallError, type ModelClient, type ModelReply, type ModelRequest } from "./model-client.ts";
import type { ResolvedEngine } from "./resolve-engine.ts";

/** The local engine's context when config does not say: a KV cache this size fits a laptop. */
const LOCAL_DEFAULT_CONTEXT = 8192;

type Loaded = { llama: Llama; model: LlamaModel; context: LlamaContext; grammar: LlamaGrammar };

/**
 * A GGUF model run in-process on the CPU by node-llama-cpp (loaded on first use), with sampling
 * constrained by a grammar built from the Extraction schema, so the reply is always JSON of that
 * shape. Calls run one at a time on one context sequence.
 */
export function createLocalClient(engine: ResolvedEngine): ModelClient {
  const s = engine.settings;
  let loading: Promise<Loaded> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const load = () =>
    (loading ??= (async () => {
      const { getLlama, LlamaLogLevel } = await import("node-llama-cpp");
      let llama: Llama;
      let model: LlamaModel;
      try {
        llama = await getLlama({ gpu: false, build: "never", logLevel: LlamaLogLevel.error, progressLogs: false });
        model = await llama.loadModel({ modelPath: engine.model });
      } catch (error) {
        const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
        throw new ModelCallError(`cannot load the model ${engine.model}: ${why}`, null, false);
      }
      const contextSize = s.context_tokens ?? Math.min(model.trainContextSize, LOCAL_DEFAULT_CONTEXT);
      const context = await model.createContext({ contextSize, ...(s.threads ? { threads: s.threads } : {}) });
      // The schema is a plain JSON Schema object; node-llama-cpp's type for it is a deep literal type.
      const grammar = await llama.createGrammarForJsonSchema(extractionGrammarSchema() as never);
      return { llama, model, context, grammar };
    })());
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => {});
    return next;
  };
  return {
    engine: "local",
    model: engine.model,
    async contextTokens() {
      return (await load()).context.contextSize;
    },
    async tokenCounter() {
      const { model } = await load();
      return (text: string) => model.tokenize(text).length;
    },
    complete(request: ModelRequest): Promise<ModelReply> {
      return serial(async () => {
        const { LlamaChatSession } = await import("node-llama-cpp");
        const { model, context, grammar } = await load();
        const sequence = context.getSequence();
        const session = new LlamaChatSession({ contextSequence: sequence });
        try {
          const turns = request.messages;
          const last = turns.at(-1);
          if (!last || last.role !== "user") throw new ModelCallError("the conversation must end with the user", null, false);
          const history: Parameters<typeof session.setChatHistory>[0] = [{ type: "system", text: request.system }];
          for (const t of turns.slice(0, -1)) history.push(t.role === "user" ? { type: "user", text: t.content } : { type: "model", response: [t.content] });
          session.setChatHistory(history);
          const reply = await session.promptWithMeta(last.content, {
            ...(request.reply === "text" ? {} : { grammar }),
            maxTokens: request.maxOutputTokens,
            temperature: s.temperature ?? 0,
          });
          const text = reply.responseText;
          const input = model.tokenize([request.system, ...turns.map((t) => t.content)].join("\n")).length;
          return { text, inputTokens: input, outputTokens: model.tokenize(text).length, truncated: reply.stopReason === "maxTokens" };
        } catch (error) {
          if (error instanceof ModelCallError) throw error;
          throw new ModelCallError(`local model failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`, null, false);
        } finally {
          session.dispose({ disposeSequence: true });
        }
      });
    },
    async close() {
      if (!loading) return;
      const loaded = await loading.catch(() => null);
      await loaded?.llama.dispose();
    },
  };
}
