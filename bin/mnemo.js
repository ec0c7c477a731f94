#!/usr/bin/env node
// Runs Mnemo's TypeScript sources through tsx's loader, so `npx mnemo` works right after `npm ci`
// with no build step to forget.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
