/** What a run's model calls came to; printed after `mnemo ingest` and included in its `--json`. */
export type RunUsage = {
  engine: string;
  model: string;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  cacheHits: number;
  retries: number;
  repairs: number;
  fallbacks: number;
  failed: number;
  /** US dollars from `engine.prices`, or null when the model has no price there. */
  estimatedCost: number | null;
};

export type Price = { input: number; output: number };

/** Counts calls, tokens, cache hits, retries, repairs and fallbacks for one run. */
export class UsageMeter {
  calls = 0;
  inputTokens = 0;
  outputTokens = 0;
  cacheHits = 0;
  retries = 0;
  repairs = 0;
  fallbacks = 0;
  failed = 0;

  constructor(
    readonly engine: string,
    readonly model: string,
    private readonly price: Price | undefined,
  ) {}

  call(inputTokens: number, outputTokens: number): void {
    this.calls++;
    this.inputTokens += inputTokens;
    this.outputTokens += outputTokens;
  }

  summary(): RunUsage {
    const p = this.price;
    const cost = p ? (this.inputTokens * p.input + this.outputTokens * p.output) / 1e6 : null;
    return {
      engine: this.engine,
      model: this.model,
      calls: this.calls,
      inputTokens: this.inputTokens,
      outputTokens: this.outputTokens,
      cacheHits: this.cacheHits,
      retries: this.retries,
      repairs: this.repairs,
      fallbacks: this.fallbacks,
      failed: this.failed,
      estimatedCost: cost,
    };
  }
}

/** One line for people: `openai-compatible m: 3 calls, 1,204 tokens in, 311 out, ~$0.0004, 1 cached`. */
export function describeUsage(u: RunUsage): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const bits = [`${u.calls} call${u.calls === 1 ? "" : "s"}`, `${n(u.inputTokens)} tokens in, ${n(u.outputTokens)} out`];
  bits.push(u.estimatedCost === null ? "cost unknown (no price in config)" : `~$${u.estimatedCost.toFixed(4)}`);
  if (u.cacheHits) bits.push(`${u.cacheHits} from cache`);
  if (u.retries) bits.push(`${u.retries} retried`);
  if (u.repairs) bits.push(`${u.repairs} repaired`);
  if (u.fallbacks) bits.push(`${u.fallbacks} fell back to the built-in engine`);
  return `${u.engine} ${u.model}: ${bits.join(", ")}`;
}
