import { decodeText } from "../sources/decode-text.ts";
import { chunkLines } from "./chunk-lines.ts";
import type { IndexedFile } from "./passage.ts";

/** Archived sources in these formats are text the index can hold; others (docx, pdf, audio) are skipped. */
export const SOURCE_TEXT_EXTENSIONS = new Set([".md", ".txt", ".vtt", ".srt", ".json", ".eml", ".emlx", ".mbox", ".html", ".htm", ".csv", ".text"]);

/** Only this much of a (huge) mailbox or transcript is indexed. */
const MAX_CHARS = 2_000_000;
const ISO_DATE = /(\d{4}-\d{2}-\d{2})/;

/**
 * An archived source's text cut into passages, or null when it is not text after all (binary,
 * undecodable, empty). HTML loses its tags; Whisper JSON keeps only its `text` values.
 */
export function readSourceText(rel: string, bytes: Uint8Array): IndexedFile | null {
  const name = rel.split("/").pop()!;
  let text: string;
  try {
    text = decodeText(bytes, name);
  } catch {
    return null;
  }
  const ext = name.slice(name.lastIndexOf(".")).toLowerCase();
  if (ext === ".html" || ext === ".htm") text = stripHtml(text);
  else if (ext === ".json") text = jsonText(text);
  else if (ext === ".vtt" || ext === ".srt") text = cueText(text);
  text = text.slice(0, MAX_CHARS);
  const passages = chunkLines(text.split("\n"), 1).map((c) => ({ kind: "source" as const, heading: null, line: c.line, text: c.text }));
  if (passages.length === 0) return null;
  return { kind: "source", type: "source", title: name, date: ISO_DATE.exec(name)?.[1] ?? null, sourceRef: null, people: [], accounts: [], tags: [], passages };
}

/** Subtitle cues without their numbers and timings; `<v Name>` voices become `Name: `. */
function cueText(text: string): string {
  return text
    .split("\n")
    .filter((l) => !/^(WEBVTT\b.*|\d+|NOTE\b.*|.*-->.*)$/.test(l.trim()))
    .map((l) => l.replace(/<v\s+([^>]+)>/g, "$1: ").replace(/<[^>]+>/g, ""))
    .join("\n");
}

function stripHtml(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<(br|\/p|\/div|\/li|\/h\d|\/tr)\b[^>]*>/gi, "\n")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, " ");
}

function jsonText(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  const out: string[] = [];
  const walk = (v: unknown, key: string | null): void => {
    if (typeof v === "string") {
      if (key === "text" || key === "speaker") out.push(v.trim());
    } else if (Array.isArray(v)) for (const x of v) walk(x, key);
    else if (v && typeof v === "object") {
      // A segment list holds the same words as the top-level text: take segments when present.
      const o = v as Record<string, unknown>;
      if (Array.isArray(o.segments)) walk(o.segments, "segments");
      else for (const [k, x] of Object.entries(o)) walk(x, k);
    }
  };
  walk(value, null);
  return out.length ? out.join("\n") : text;
}
