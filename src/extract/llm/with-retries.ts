import { ModelCallError } from "./model-client.ts";

export type RetryOptions = {
  maxRetries: number;
  sleep: (ms: number) => Promise<void>;
  /** First backoff when the server gives no `retry-after`; doubles each time. */
  baseDelayMs?: number;
  /** No wait is longer than this, whatever `retry-after` says. */
  maxDelayMs?: number;
  onRetry?: (error: ModelCallError, attempt: number, delayMs: number) => void;
};

/** Runs `call`, retrying retryable ModelCallErrors at most `maxRetries` times, honouring `retry-after`. */
export async function withRetries<T>(call: () => Promise<T>, options: RetryOptions): Promise<T> {
  const base = options.baseDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 60_000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof ModelCallError) || !error.retryable || attempt >= options.maxRetries) throw error;
      const backoff = base * 2 ** attempt * (1 + Math.random() * 0.25);
      const delay = Math.min(max, error.retryAfterMs ?? backoff);
      options.onRetry?.(error, attempt + 1, delay);
      await options.sleep(delay);
    }
  }
}
