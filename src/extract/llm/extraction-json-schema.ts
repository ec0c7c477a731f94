import { z } from "zod";
import { Extraction } from "../extraction.ts";

type JsonSchema = { [key: string]: unknown };

/** What each field means, sent to the model inside the schema. */
const DESCRIPTIONS: Record<string, string> = {
  title: "short, specific title of the meeting or thread (no date); at least one character",
  date: "YYYY-MM-DD: when the meeting happened or the thread started",
  note_type: "meeting for transcripts, email for email threads",
  entity: "the main account, company or project the source is about, or null",
  participants: "full names of the real people who took part (never placeholders such as Remote or Speaker 1)",
  summary: "two to four sentences on what was discussed and concluded",
  tasks: "concrete actions someone committed to or was asked to do",
  text: "the action, imperative, without the owner's name or the due date; at least one character",
  owner: "full name of the person who will do it, or null when unclear",
  due: "YYYY-MM-DD, resolved against the source's date, or null",
  priority: "only when the source says how urgent it is, else null",
  decisions: "what was agreed or decided, one sentence each",
  facts: "key figures, dates and facts worth keeping, one sentence each",
  mentions: "people, accounts (companies, customers) and projects named in the source",
  suggested_outputs:
    "drafts the owner may want to send: a reply when the thread asks the owner something, a follow-up email after a meeting (summary, decisions, who does what by when), an event for each follow-up meeting agreed with a date; empty when none",
  kind: "reply, follow-up or event",
  to: "names of the recipients or attendees (empty: the person who asked, or all participants)",
  subject: "the email's subject or the event's title",
  body: "the email's full text written as the owner, or the event's description",
  start: "events only: local start as YYYY-MM-DDTHH:MM (YYYY-MM-DD for a whole day), resolved against the source's date; null for emails",
  duration_minutes: "events only: length in minutes, or null",
  location: "events only: place or call link, or null",
};

/**
 * The Extraction's JSON Schema in the form OpenAI's strict structured outputs accept: every object
 * closes (`additionalProperties: false`) and lists every property as required (optional ones become
 * nullable), and keywords strict mode rejects (`minLength`, `$schema`) move into descriptions.
 */
export function extractionJsonSchema(): JsonSchema {
  const raw = z.toJSONSchema(Extraction, { target: "draft-7", io: "output" }) as JsonSchema;
  delete raw.$schema;
  return strictify(raw, null) as JsonSchema;
}

function strictify(node: unknown, key: string | null): unknown {
  if (Array.isArray(node)) return node.map((n) => strictify(n, null));
  if (node === null || typeof node !== "object") return node;
  const src = node as JsonSchema;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(src)) {
    if (k === "properties") {
      out.properties = Object.fromEntries(Object.entries(v as JsonSchema).map(([p, s]) => [p, strictify(s, p)]));
    } else if (k === "minLength" || k === "maxLength") {
      continue;
    } else {
      out[k] = strictify(v, null);
    }
  }
  if (key !== null && DESCRIPTIONS[key] && out.description === undefined) out.description = DESCRIPTIONS[key];
  if (out.type === "object" && out.properties) {
    const props = out.properties as JsonSchema;
    const required = new Set((src.required as string[] | undefined) ?? []);
    for (const p of Object.keys(props)) if (!required.has(p) && !allowsNull(props[p])) props[p] = { anyOf: [props[p], { type: "null" }] };
    out.required = Object.keys(props);
    out.additionalProperties = false;
  }
  return out;
}

/** A property that is already nullable (`.nullish()` in zod) needs no second `null` branch. */
function allowsNull(schema: unknown): boolean {
  const any = (schema as JsonSchema | null)?.anyOf;
  return Array.isArray(any) && any.some((s) => (s as JsonSchema).type === "null");
}

/**
 * The same schema in the subset node-llama-cpp turns into a grammar: `oneOf` for `anyOf`, dates as
 * `format: "date"` instead of a pattern, and string minimum lengths kept so titles are never empty.
 */
export function extractionGrammarSchema(): JsonSchema {
  const raw = z.toJSONSchema(Extraction, { target: "draft-7", io: "output" }) as JsonSchema;
  delete raw.$schema;
  return toGrammar(raw) as JsonSchema;
}

function toGrammar(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toGrammar);
  if (node === null || typeof node !== "object") return node;
  const src = node as JsonSchema;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(src)) {
    if (k === "anyOf") out.oneOf = toGrammar(v);
    else if (k === "pattern") {
      if (String(v).includes("\\d{4}-\\d{2}-\\d{2}")) out.format = "date";
    }
    else if (k === "properties") out.properties = Object.fromEntries(Object.entries(v as JsonSchema).map(([p, s]) => [p, toGrammar(s)]));
    else if (k === "description") continue;
    else out[k] = toGrammar(v);
  }
  if (out.type === "object") out.additionalProperties = false;
  return out;
}
