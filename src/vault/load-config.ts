import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { CONFIG_FILE, VaultConfig } from "./config.ts";
import { VaultError } from "./vault-error.ts";

/** Reads and validates `.mnemo/config.yaml`; every problem names the file and the key path. */
export async function loadConfig(vaultRoot: string): Promise<VaultConfig> {
  const file = path.join(vaultRoot, CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new VaultError(`${file}: missing; run \`mnemo init ${vaultRoot} --owner "Your Name"\` first`);
  }
  return parseConfigText(text, file);
}

export function parseConfigText(text: string, file: string): VaultConfig {
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (e) {
    const first = String((e as Error).message).split("\n")[0];
    throw new VaultError(`${file}: not valid YAML: ${first}`);
  }
  const result = VaultConfig.safeParse(raw);
  if (!result.success) throw new VaultError(`${file}: ${describeIssues(result.error.issues)}`);
  return result.data;
}

function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const at = issue.path.join(".") || "(top level)";
      if (issue.code === "unrecognized_keys") {
        const parent = issue.path.join(".");
        const keys = issue.keys.map((k) => (parent ? `${parent}.${k}` : k));
        return `unknown key ${keys.join(", ")} (allowed: ${allowedKeys(issue.path).join(", ")})`;
      }
      return `${at}: ${issue.message}`;
    })
    .join("; ");
}

function allowedKeys(at: PropertyKey[]): string[] {
  let schema: z.ZodType = VaultConfig;
  for (const key of at) {
    const shape = shapeOf(schema);
    const next = shape?.[String(key)];
    if (!next) return [];
    schema = next;
  }
  return Object.keys(shapeOf(schema) ?? {});
}

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let s: z.ZodType = schema;
  // Unwrap defaults/prefaults/optionals to reach the object.
  for (let i = 0; i < 5; i++) {
    const def = (s as unknown as { def: { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> } }).def;
    if (def.type === "object") return def.shape;
    if (!def.innerType) return undefined;
    s = def.innerType;
  }
  return undefined;
}
