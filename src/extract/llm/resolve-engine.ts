import { existsSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { EngineError } from "./engine-error.ts";
import { EngineName, EngineSettings } from "./engine-settings.ts";

export type ModelEngineName = Exclude<EngineName, "rules">;

/** A model engine ready to start: its settings, model and key (from the environment only). */
export type ResolvedEngine = {
  name: ModelEngineName;
  /** Model name, Azure deployment, or the absolute path of a local GGUF file. */
  model: string;
  apiKey: string | null;
  settings: EngineSettings;
};

export type EngineOverrides = { engine?: string | undefined; model?: string | undefined; baseUrl?: string | undefined; jobs?: string | number | undefined };

const KEY_VARS: Record<ModelEngineName, string[]> = {
  openai: ["MNEMO_API_KEY", "OPENAI_API_KEY"],
  "azure-openai": ["MNEMO_API_KEY", "AZURE_OPENAI_API_KEY"],
  anthropic: ["MNEMO_API_KEY", "ANTHROPIC_API_KEY"],
  // Never OPENAI_API_KEY: a key for OpenAI must not be sent to some other server.
  "openai-compatible": ["MNEMO_API_KEY"],
  local: [],
};

/**
 * The engine for a run: `--engine/--model/--base-url/--jobs` over `engine:` in the vault's config
 * (a different `--engine` does not inherit the config's model, URL or deployment). Returns null for the
 * built-in rules engine. Throws EngineError, naming the option or variable to set, when it cannot start.
 */
export function resolveEngine(
  config: EngineSettings | undefined,
  overrides: EngineOverrides,
  env: NodeJS.ProcessEnv,
  places: { vaultRoot: string; cwd: string },
): ResolvedEngine | null {
  const parsedName = EngineName.safeParse(overrides.engine ?? config?.name ?? "rules");
  if (!parsedName.success) throw new EngineError(`unknown engine "${overrides.engine}" (one of ${EngineName.options.join(", ")})`);
  const name = parsedName.data;
  if (name === "rules") return null;
  const inherit = !overrides.engine || overrides.engine === config?.name;
  const base = { ...(config ?? {}) } as Partial<EngineSettings>;
  if (!inherit) {
    delete base.model;
    delete base.base_url;
    delete base.deployment;
  }
  const raw: Record<string, unknown> = { ...base, name };
  if (overrides.model !== undefined) raw.model = overrides.model;
  if (overrides.baseUrl !== undefined) raw.base_url = overrides.baseUrl;
  if (overrides.jobs !== undefined) raw.jobs = Number(overrides.jobs);
  const parsed = EngineSettings.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? "");
    const option = key === "base_url" ? "--base-url" : key === "jobs" ? "--jobs" : `engine.${issue.path.join(".")}`;
    throw new EngineError(`${option}: ${issue.message}`);
  }
  const settings = parsed.data;
  let model = settings.model ?? (name === "azure-openai" ? settings.deployment : undefined);
  if (!model) throw new EngineError(`engine ${name} needs a model: give --model or set engine.model in .mnemo/config.yaml`);
  if ((name === "openai-compatible" || name === "azure-openai") && !settings.base_url) {
    throw new EngineError(`engine ${name} needs ${name === "azure-openai" ? "the resource endpoint" : "the server's URL"}: give --base-url or set engine.base_url`);
  }
  if (name === "local") {
    const fromCli = overrides.model !== undefined;
    const expanded = model.startsWith("~/") ? path.join(homedir(), model.slice(2)) : model;
    model = path.resolve(fromCli ? places.cwd : places.vaultRoot, expanded);
    if (!existsSync(model)) throw new EngineError(`engine local: no model file at ${model} (give the path of a .gguf file)`);
  }
  const vars = KEY_VARS[name];
  const keyVar = vars.find((v) => env[v]);
  const apiKey = keyVar ? env[keyVar]! : null;
  if (!apiKey && (name === "openai" || name === "azure-openai" || name === "anthropic")) {
    throw new EngineError(`engine ${name} needs an API key: set ${vars.slice().reverse().join(" or ")} in the environment`);
  }
  return { name, model, apiKey, settings };
}
