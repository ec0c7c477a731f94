import type { ReadSourceOptions } from "../sources/read-source.ts";

/** The per-file parse limits a user can set on the command line. */
export type ParseLimitFlags = { maxSize?: string; parseTimeout?: string; parseMemory?: string };

/**
 * Turns `--max-size <MB>`, `--parse-timeout <seconds>` and `--parse-memory <MB>` into read options;
 * a flag left out keeps the default. Throws a one-line error naming the flag for a bad value.
 */
export function parseLimits(flags: ParseLimitFlags): Pick<ReadSourceOptions, "maxBytes" | "timeoutMs" | "maxMemoryMb"> {
  const positive = (flag: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} must be a positive number, not "${value}"`);
    return n;
  };
  const size = positive("--max-size", flags.maxSize);
  const seconds = positive("--parse-timeout", flags.parseTimeout);
  const memory = positive("--parse-memory", flags.parseMemory);
  return {
    ...(size !== undefined ? { maxBytes: Math.round(size * 1024 * 1024) } : {}),
    ...(seconds !== undefined ? { timeoutMs: Math.round(seconds * 1000) } : {}),
    ...(memory !== undefined ? { maxMemoryMb: Math.round(memory) } : {}),
  };
}
