import { readFileSync } from "node:fs";
import path from "node:path";

export const FIXTURES = path.resolve(import.meta.dirname, "..", "fixtures");

/** A fixture file's text, by path under test/fixtures/. */
export function fixture(rel: string): string {
  return readFileSync(path.join(FIXTURES, rel), "utf8");
}
