import { Writable } from "node:stream";
import { main } from "../../src/cli/main.ts";

class Capture extends Writable {
  text = "";
  isTTY = false;
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString("utf8");
    done();
  }
}

/** Runs `mnemo <args>` in-process with captured streams, as a user at a non-terminal would see it. */
export async function runCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(args, { stdout, stderr, cwd: opts.cwd ?? process.cwd(), env: opts.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
