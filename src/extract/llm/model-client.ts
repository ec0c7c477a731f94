import type { EngineName } from "./engine-settings.ts";

export type ChatMessage = { role: "user" | "assistant"; content: string };

/**
 * One call: the system prompt and the conversation so far (a repair round adds two turns).
 * `reply` is what comes back: an Extraction as structured output (the default), or plain text
 * (answers to questions), with no schema imposed.
 */
export type ModelRequest = { system: string; messages: ChatMessage[]; maxOutputTokens: number; reply?: "extraction" | "text" };

/** The model's reply: JSON text for an Extraction (a tool's input is serialised) or plain text, and what it cost. */
export type ModelReply = { text: string; inputTokens: number; outputTokens: number; truncated: boolean };

/** One engine's way of asking a model for an Extraction as structured output. */
export interface ModelClient {
  readonly engine: EngineName;
  readonly model: string;
  /** The context window in tokens: from config, the model's own metadata, or a table of known models. */
  contextTokens(): Promise<number>;
  /** A token counter: the model's own tokenizer where Mnemo has it (local), else an estimate. */
  tokenCounter(): Promise<(text: string) => number>;
  complete(request: ModelRequest): Promise<ModelReply>;
  close(): Promise<void>;
}

/** A failed call, with what retrying needs to know. The message never holds a key. */
export class ModelCallError extends Error {
  override name = "ModelCallError";
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}
