import { InvalidArgumentError, type Command } from "commander";
import type { ReadSourceOptions } from "../sources/read-source.ts";

/** The per-file parse limits a user can set on the command line, as commander parsed them. */
export type ParseLimitFlags = { maxSize?: number; parseTimeout?: number; parseMemory?: number };

/** Adds `--max-size <MB>`, `--parse-timeout <seconds>` and `--parse-memory <MB>` to a command; bad values are commander's usage errors. */
export function withParseLimitOptions(command: Command): Command {
  return command
    .option("--max-size <MB>", "set aside (or refuse) files larger than this (default 512)", positiveNumber)
    .option("--parse-timeout <seconds>", "time limit for reading one file (default 30, plus 1 s per MB above 10 MB)", positiveNumber)
    .option("--parse-memory <MB>", "memory limit of the thread that reads one file (default 1536; 3072 over 256 MB)", positiveNumber);
}

/** The flags as read options; a flag left out keeps readSource's default. */
export function parseLimits(flags: ParseLimitFlags): Pick<ReadSourceOptions, "maxBytes" | "timeoutMs" | "maxMemoryMb"> {
  return {
    ...(flags.maxSize !== undefined ? { maxBytes: Math.round(flags.maxSize * 1024 * 1024) } : {}),
    ...(flags.parseTimeout !== undefined ? { timeoutMs: Math.round(flags.parseTimeout * 1000) } : {}),
    ...(flags.parseMemory !== undefined ? { maxMemoryMb: Math.round(flags.parseMemory) } : {}),
  };
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("must be a positive number");
  return n;
}
