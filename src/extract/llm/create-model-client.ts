import type { ModelClient, ModelReply, ModelRequest } from "./model-client.ts";
import type { ResolvedEngine } from "./resolve-engine.ts";

/**
 * The client that speaks the engine's API. Its SDK (openai, @anthropic-ai/sdk, node-llama-cpp) is
 * loaded on first use, so a run on the built-in engine never pays for loading them.
 */
export function createModelClient(engine: ResolvedEngine): ModelClient {
  let real: Promise<ModelClient> | null = null;
  const load = (): Promise<ModelClient> => (real ??= open(engine));
  return {
    engine: engine.name,
    model: engine.model,
    contextTokens: async () => (await load()).contextTokens(),
    tokenCounter: async () => (await load()).tokenCounter(),
    complete: async (request: ModelRequest): Promise<ModelReply> => (await load()).complete(request),
    close: async () => {
      if (real) await (await real).close();
    },
  };
}

async function open(engine: ResolvedEngine): Promise<ModelClient> {
  switch (engine.name) {
    case "openai":
    case "azure-openai":
    case "openai-compatible":
      return (await import("./openai-client.ts")).createOpenAIClient(engine);
    case "anthropic":
      return (await import("./anthropic-client.ts")).createAnthropicClient(engine);
    case "local":
      return (await import("./local-client.ts")).createLocalClient(engine);
  }
}
