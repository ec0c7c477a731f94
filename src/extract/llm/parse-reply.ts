import { Extraction } from "../extraction.ts";

export type ParsedReply = { ok: true; extraction: Extraction } | { ok: false; problem: string };

/**
 * A model's reply text checked against the Extraction schema. Before checking, strings are trimmed,
 * empty strings in lists are dropped and an empty `entity` or task owner/due/priority becomes null;
 * unknown keys are dropped. The problem, when there is one, is what a repair round sends back.
 */
export function parseReply(text: string): ParsedReply {
  const body = text.trim().replace(/^```(?:json)?\s*\n?([\s\S]*?)\n?```$/i, "$1").trim();
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : "unparseable";
    return { ok: false, problem: `the reply is not valid JSON (${why})` };
  }
  const result = Extraction.safeParse(tidy(raw, null));
  if (result.success) return { ok: true, extraction: result.data };
  const issues = result.error.issues.slice(0, 12).map((i) => `${i.path.join(".") || "(top level)"}: ${i.message}`);
  const more = result.error.issues.length > 12 ? `; and ${result.error.issues.length - 12} more` : "";
  return { ok: false, problem: `the reply does not match the schema: ${issues.join("; ")}${more}` };
}

const NULLABLE = new Set(["entity", "owner", "due", "priority"]);

function tidy(value: unknown, key: string | null): unknown {
  if (typeof value === "string") {
    const s = value.trim();
    return s === "" && key !== null && NULLABLE.has(key) ? null : s;
  }
  if (Array.isArray(value)) {
    return value
      .map((v) => tidy(v, null))
      .filter((v) => v !== "" && !(isRecord(v) && "text" in v && (v.text === "" || v.text === null)));
  }
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tidy(v, k)]));
  return value;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
