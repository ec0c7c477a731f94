import Anthropic from "@anthropic-ai/sdk";
import { estimateTokens } from "./estimate-tokens.ts";
import { extractionJsonSchema } from "./extraction-json-schema.ts";
import { knownContextTokens } from "./known-context-tokens.ts";
import { ModelCallError, type ModelClient, type ModelReply, type ModelRequest } from "./model-client.ts";
import type { ResolvedEngine } from "./resolve-engine.ts";
import { toModelCallError } from "./to-model-call-error.ts";

const TOOL = "record_extraction";

/**
 * The Messages API with one tool whose `input_schema` is the Extraction schema, and `tool_choice`
 * forcing it: the tool call's input is the structured reply.
 */
export function createAnthropicClient(engine: ResolvedEngine): ModelClient {
  const s = engine.settings;
  const client = new Anthropic({
    apiKey: engine.apiKey ?? null,
    baseURL: s.base_url ?? "https://api.anthropic.com",
    maxRetries: 0,
    timeout: s.timeout_seconds * 1000,
  });
  const schema = extractionJsonSchema();
  const secrets = engine.apiKey ? [engine.apiKey] : [];
  return {
    engine: engine.name,
    model: engine.model,
    async contextTokens() {
      return s.context_tokens ?? knownContextTokens(engine.model) ?? 200_000;
    },
    async tokenCounter() {
      return estimateTokens;
    },
    async complete(request: ModelRequest): Promise<ModelReply> {
      let message: Anthropic.Message;
      try {
        message = await client.messages.create({
          model: engine.model,
          max_tokens: request.maxOutputTokens,
          system: request.system,
          messages: request.messages,
          ...(request.reply === "text"
            ? {}
            : {
                tools: [{ name: TOOL, description: "Record the notes extracted from the source.", input_schema: schema as Anthropic.Tool.InputSchema }],
                tool_choice: { type: "tool" as const, name: TOOL },
              }),
          stream: false,
          ...(s.temperature !== undefined ? { temperature: s.temperature } : {}),
        });
      } catch (error) {
        throw toModelCallError(error, secrets);
      }
      const call = message.content.find((b) => b.type === "tool_use" && b.name === TOOL);
      const text = call && call.type === "tool_use" ? JSON.stringify(call.input) : message.content.map((b) => (b.type === "text" ? b.text : "")).join("");
      if (!call && !text) {
        const wanted = request.reply === "text" ? "text" : `${TOOL} tool call`;
        throw new ModelCallError(`the reply has no ${wanted} (stop reason ${message.stop_reason})`, null, false);
      }
      return {
        text,
        inputTokens: message.usage?.input_tokens ?? 0,
        outputTokens: message.usage?.output_tokens ?? 0,
        truncated: message.stop_reason === "max_tokens",
      };
    },
    async close() {},
  };
}
