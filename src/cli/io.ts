/** The streams and surroundings a command uses, injected so tests see exactly what a user sees. */
export type CliIO = {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** What interactive commands (`mnemo review`) read; tests inject a Readable. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
};

export const processIO = (): CliIO => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, stdin: process.stdin });

export function line(stream: NodeJS.WritableStream, text = ""): void {
  stream.write(`${text}\n`);
}
