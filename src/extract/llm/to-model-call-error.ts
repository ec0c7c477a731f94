import { ModelCallError } from "./model-client.ts";

/**
 * Any SDK or network error as a ModelCallError: HTTP status, whether a retry may help (429, 5xx,
 * 408/409, timeouts, dropped connections) and the server's `retry-after`/`retry-after-ms`. Every
 * secret is blanked out of the message, so keys cannot reach logs or set-aside reasons.
 */
export function toModelCallError(error: unknown, secrets: readonly string[]): ModelCallError {
  if (error instanceof ModelCallError) return error;
  const e = (error ?? {}) as { status?: unknown; headers?: unknown; message?: unknown; name?: unknown };
  const status = typeof e.status === "number" ? e.status : null;
  const name = typeof e.name === "string" ? e.name : "";
  const raw = typeof e.message === "string" ? e.message : String(error);
  let message = raw.split("\n")[0] ?? raw;
  const timedOut = /timeout|timed out/i.test(name) || /timed? ?out/i.test(message);
  const connection = /connection/i.test(name) || /fetch failed|ECONNREFUSED|ECONNRESET|socket hang up/i.test(message);
  if (timedOut) message = "the call timed out";
  else if (status !== null && !message.includes(String(status))) message = `HTTP ${status}: ${message}`;
  else if (connection && !status) message = `connection failed: ${message}`;
  const retryable = timedOut || connection || status === 408 || status === 409 || status === 429 || (status !== null && status >= 500);
  return new ModelCallError(redact(message, secrets), status, retryable, retryAfterMs(e.headers));
}

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join("***");
  // Masked keys some APIs echo back ("sk-abc…wxyz") are blanked too.
  return out.replace(/\b(sk|sk-ant|sk-proj)-[A-Za-z0-9_*.\-]{6,}/g, "***");
}

function retryAfterMs(headers: unknown): number | null {
  const get = (name: string): string | null => {
    if (!headers || typeof headers !== "object") return null;
    if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name);
    const v = (headers as Record<string, unknown>)[name];
    return typeof v === "string" ? v : null;
  };
  const ms = Number(get("retry-after-ms"));
  if (get("retry-after-ms") !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const after = get("retry-after");
  if (after === null) return null;
  const seconds = Number(after);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}
