import OpenAI, { AzureOpenAI } from "openai";
import { estimateTokens } from "./estimate-tokens.ts";
import { extractionJsonSchema } from "./extraction-json-schema.ts";
import { knownContextTokens } from "./known-context-tokens.ts";
import { ModelCallError, type ModelClient, type ModelReply, type ModelRequest } from "./model-client.ts";
import type { ResolvedEngine } from "./resolve-engine.ts";
import { toModelCallError } from "./to-model-call-error.ts";

/** Context used for an OpenAI-compatible server when config does not say: Ollama's default window. */
const COMPATIBLE_DEFAULT_CONTEXT = 4096;

/**
 * Chat Completions with a strict `json_schema` response format, for three engines: `openai`
 * (`store: false`, `max_completion_tokens`), `azure-openai` (a deployment and api-version, `api-key`
 * header) and `openai-compatible` (any base URL: Ollama, vLLM, LM Studio, llama.cpp's server).
 * Retries are Mnemo's own (see with-retries.ts), so the SDK's are off.
 */
export function createOpenAIClient(engine: ResolvedEngine): ModelClient {
  const s = engine.settings;
  const common = { apiKey: engine.apiKey ?? "none", maxRetries: 0, timeout: s.timeout_seconds * 1000 };
  const client =
    engine.name === "azure-openai"
      ? new AzureOpenAI({ ...common, endpoint: s.base_url, deployment: s.deployment ?? engine.model, apiVersion: s.api_version })
      : new OpenAI({ ...common, baseURL: s.base_url ?? "https://api.openai.com/v1", organization: null, project: null });
  const schema = extractionJsonSchema();
  const secrets = engine.apiKey ? [engine.apiKey] : [];
  return {
    engine: engine.name,
    model: engine.model,
    async contextTokens() {
      return s.context_tokens ?? (engine.name === "openai-compatible" ? COMPATIBLE_DEFAULT_CONTEXT : (knownContextTokens(engine.model) ?? 128_000));
    },
    async tokenCounter() {
      return estimateTokens;
    },
    async complete(request: ModelRequest): Promise<ModelReply> {
      const body: OpenAI.Chat.ChatCompletionCreateParamsNonStreaming = {
        model: engine.name === "azure-openai" ? (s.deployment ?? engine.model) : engine.model,
        messages: [{ role: "system", content: request.system }, ...request.messages],
        ...(request.reply === "text" ? {} : { response_format: { type: "json_schema", json_schema: { name: "extraction", strict: true, schema } } }),
        stream: false,
      };
      if (engine.name === "openai-compatible") body.max_tokens = request.maxOutputTokens;
      else body.max_completion_tokens = request.maxOutputTokens;
      if (engine.name === "openai") body.store = false;
      if (s.temperature !== undefined) body.temperature = s.temperature;
      let completion: OpenAI.Chat.ChatCompletion;
      try {
        completion = await client.chat.completions.create(body);
      } catch (error) {
        throw toModelCallError(error, secrets);
      }
      const choice = completion.choices?.[0];
      if (!choice) throw new ModelCallError("the reply has no choices", null, false);
      if (choice.message.refusal) throw new ModelCallError(`the model refused: ${choice.message.refusal.slice(0, 200)}`, null, false);
      return {
        text: choice.message.content ?? "",
        inputTokens: completion.usage?.prompt_tokens ?? estimateTokens(request.system + request.messages.map((m) => m.content).join("\n")),
        outputTokens: completion.usage?.completion_tokens ?? estimateTokens(choice.message.content ?? ""),
        truncated: choice.finish_reason === "length",
      };
    },
    async close() {},
  };
}
