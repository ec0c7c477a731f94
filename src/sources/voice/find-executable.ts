import { accessSync, constants, statSync } from "node:fs";
import { delimiter, isAbsolute, join, resolve } from "node:path";

/**
 * The path of an executable: `name` itself when it holds a slash (a configured path), else the first
 * match on `env.PATH`. Null when there is none or it is not executable.
 */
export function findExecutable(name: string, env: Readonly<Record<string, string | undefined>>): string | null {
  if (name.includes("/") || name.includes("\\")) {
    const path = isAbsolute(name) ? name : resolve(name);
    return isExecutable(path) ? path : null;
  }
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const path = join(dir, name);
    if (isExecutable(path)) return path;
  }
  return null;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
