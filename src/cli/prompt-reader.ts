import type { CliIO } from "./io.ts";

export type InputStream = NonNullable<CliIO["stdin"]>;

/**
 * Reads answers for an interactive command, one key or one line at a time, from a terminal or from
 * any stream (a pipe, a test's Readable). On a terminal a key is read in raw mode, without Enter;
 * elsewhere each answer is a line. The answer is echoed as plain text on its own line, so the
 * transcript (and a screen reader) shows what was chosen; nothing is ever redrawn.
 */
export class PromptReader {
  private buffer = "";
  private ended = false;
  private wake: (() => void) | null = null;
  private readonly onData = (chunk: Buffer | string) => {
    this.buffer += typeof chunk === "string" ? chunk : chunk.toString("utf8");
    this.wake?.();
  };
  private readonly onEnd = () => {
    this.ended = true;
    this.wake?.();
  };

  constructor(
    private readonly input: InputStream,
    private readonly output: NodeJS.WritableStream,
  ) {
    input.on("data", this.onData);
    input.on("end", this.onEnd);
    input.resume();
  }

  private get raw(): boolean {
    return !!this.input.isTTY && typeof this.input.setRawMode === "function";
  }

  /** One key, lower-cased; null at the end of input (or Ctrl-C / Ctrl-D on a terminal). */
  async key(prompt: string): Promise<string | null> {
    this.output.write(prompt);
    if (!this.raw) {
      const answer = await this.nextLine();
      if (answer === null) return this.endLine(null);
      const key = answer.trim().slice(0, 1).toLowerCase();
      this.output.write(`${key}\n`);
      return key;
    }
    this.input.setRawMode!(true);
    try {
      while (this.buffer === "" && !this.ended) await this.waitForData();
    } finally {
      this.input.setRawMode!(false);
    }
    if (this.buffer === "") return this.endLine(null);
    const ch = [...this.buffer][0]!;
    this.buffer = this.buffer.slice(ch.length);
    if (ch === "\u0003" || ch === "\u0004") return this.endLine(null);
    const key = ch === "\r" || ch === "\n" ? "" : ch.toLowerCase();
    this.output.write(`${key}\n`);
    return key;
  }

  /** One line of text (without its line ending); null at the end of input. */
  async line(prompt: string): Promise<string | null> {
    this.output.write(prompt);
    const answer = await this.nextLine();
    if (!this.raw) this.output.write(`${answer ?? ""}\n`);
    return answer;
  }

  /** Stops reading, so the process can exit. */
  close(): void {
    this.input.removeListener("data", this.onData);
    this.input.removeListener("end", this.onEnd);
    this.input.pause();
  }

  private endLine<T>(value: T): T {
    this.output.write("\n");
    return value;
  }

  private async nextLine(): Promise<string | null> {
    for (;;) {
      const nl = this.buffer.indexOf("\n");
      if (nl >= 0) {
        const text = this.buffer.slice(0, nl).replace(/\r$/, "");
        this.buffer = this.buffer.slice(nl + 1);
        return text;
      }
      if (this.ended) {
        if (this.buffer === "") return null;
        const text = this.buffer;
        this.buffer = "";
        return text;
      }
      await this.waitForData();
    }
  }

  private waitForData(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = () => {
        this.wake = null;
        resolve();
      };
    });
  }
}
