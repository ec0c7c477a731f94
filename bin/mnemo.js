#!/usr/bin/env node
// Runs Mnemo's TypeScript sources through tsx's loader, so `npx mnemo` works right after `npm ci`
// with no build step to forget.
import { register } from "tsx/esm/api";

register();
// `mnemo tasks | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
