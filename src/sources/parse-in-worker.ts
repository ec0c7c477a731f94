import { Worker } from "node:worker_threads";
import type { WorkerReply, WorkerRequest } from "./parse-worker.ts";
import type { Segment, SourceDocument } from "./source-document.ts";
import { SourceError } from "./source-error.ts";

export type WorkerJob = {
  path: string;
  fileName: string;
  timeoutMs: number;
  /** Heap limit of the worker (V8 old generation), in MB. */
  memoryMb: number;
  /** Modules (file URLs) whose `parsers` are tried before the built-in ones. */
  parserModules: readonly string[];
};

/** How long a new worker may take to load the parsers (tsx compiles them on first use). */
const STARTUP_MS = 60_000;
/** Idle workers kept per memory limit, so that a batch pays the startup once. */
const KEEP_IDLE = 2;

const WORKER_URL = new URL("./parse-worker.ts", import.meta.url);
type PoolWorker = { worker: Worker; ready: Promise<void>; memoryMb: number; dead: boolean };
const idle = new Map<number, PoolWorker[]>();
let nextId = 1;

/**
 * Reads and parses one file in a worker thread, with a time limit (the worker is terminated when it
 * runs out) and a heap limit (V8 stops the worker, not the process). Each failure is a SourceError:
 * "timeout", "out-of-memory", or the parser's own. Workers are reused between files and never keep
 * the process alive while idle.
 */
export async function parseInWorker(job: WorkerJob): Promise<SourceDocument> {
  const pooled = takeIdle(job.memoryMb) ?? spawn(job.memoryMb);
  await pooled.ready;
  const { worker } = pooled;
  worker.ref();
  const id = nextId++;
  const batches: unknown[][] = [];
  return new Promise<SourceDocument>((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    const timer = setTimeout(() => {
      done();
      void worker.terminate();
      const seconds = Math.round(job.timeoutMs / 100) / 10;
      reject(new SourceError("timeout", `parsing took longer than the ${seconds} s time limit and was stopped`));
    }, job.timeoutMs);
    const onMessage = (reply: WorkerReply): void => {
      if ("ready" in reply || reply.id !== id) return;
      if ("segments" in reply) {
        batches.push(reply.segments);
        return;
      }
      done();
      release(pooled);
      if (!reply.ok) {
        reject(new SourceError(reply.code, reply.message));
        return;
      }
      const document = reply.document as SourceDocument;
      if (batches.length > 0) document.segments = (batches as Segment[][]).flat();
      resolve(document);
    };
    const onError = (error: Error): void => {
      done();
      void worker.terminate();
      reject(workerFailure(error, job.memoryMb));
    };
    const onExit = (code: number): void => {
      done();
      reject(new SourceError("parser-failed", `the parse worker stopped unexpectedly (exit code ${code})`));
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ id, path: job.path, fileName: job.fileName, parserModules: job.parserModules } satisfies WorkerRequest);
  });
}

function spawn(memoryMb: number): PoolWorker {
  const worker = new Worker(bootstrap(), {
    eval: true,
    // The parent's flags (`--test`, `--import tsx`) are not the worker's business; bootstrap loads tsx itself.
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
  });
  worker.unref();
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new SourceError("parser-failed", `the parse worker did not start within ${STARTUP_MS / 1000} s`));
    }, STARTUP_MS);
    const settle = (): void => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
    };
    const onMessage = (reply: WorkerReply): void => {
      if (!("ready" in reply)) return;
      settle();
      resolve();
    };
    const onError = (error: Error): void => {
      settle();
      reject(workerFailure(error, memoryMb));
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
  });
  const pooled: PoolWorker = { worker, ready, memoryMb, dead: false };
  // Always listened to: an idle worker that fails must not take the process down, nor be handed out again.
  worker.on("error", () => {
    pooled.dead = true;
  });
  worker.on("exit", () => {
    pooled.dead = true;
  });
  return pooled;
}

function takeIdle(memoryMb: number): PoolWorker | undefined {
  const list = idle.get(memoryMb) ?? [];
  let pooled = list.pop();
  while (pooled !== undefined && pooled.dead) pooled = list.pop();
  return pooled;
}

/** Back to the idle pool (unreferenced, so it does not keep the process alive), or ended if the pool is full. */
function release(pooled: PoolWorker): void {
  pooled.worker.unref();
  if (pooled.dead) return;
  const list = idle.get(pooled.memoryMb) ?? [];
  if (list.length >= KEEP_IDLE) {
    void pooled.worker.terminate();
    return;
  }
  list.push(pooled);
  idle.set(pooled.memoryMb, list);
}

/**
 * Code run as the worker's entry: under tsx (the sources are `.ts`) the worker registers tsx's loader
 * first, since a worker does not inherit the loader hooks of its parent on Node 20.
 */
function bootstrap(): string {
  const target = JSON.stringify(WORKER_URL.href);
  if (!WORKER_URL.pathname.endsWith(".ts")) return `import(${target});`;
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return `import(${tsx}).then((tsx) => { tsx.register(); return import(${target}); });`;
}

function workerFailure(error: Error, memoryMb: number): SourceError {
  const code = (error as { code?: unknown }).code;
  if (code === "ERR_WORKER_OUT_OF_MEMORY") {
    return new SourceError("out-of-memory", `parsing needed more than the ${memoryMb} MB memory limit and was stopped`);
  }
  return new SourceError("parser-failed", `the parse worker failed: ${error.message.split("\n")[0] ?? "unknown error"}`);
}
