import type { ParseInput, SourceParser } from "./source-parser.ts";
import { parsers as allParsers } from "./parsers.ts";

/** File extensions typical of each format: only a tie-breaker between equal content scores. */
const EXTENSIONS: Record<string, readonly string[]> = {
  "macwhisper-md": ["md", "markdown", "txt"],
  webvtt: ["vtt"],
  srt: ["srt"],
  "speaker-lines": ["txt", "md", "text"],
  "apple-mail-md": ["md", "eml", "txt"],
  "stamped-turns": ["txt", "text", "md"],
  "whisper-json": ["json"],
  html: ["html", "htm", "xhtml"],
  "text-document": ["md", "markdown", "txt", "text"],
};

/**
 * The parser that recognises `input` best: the highest `detect` score above 0, and among equal
 * scores the one whose usual extension the file has (then the order of `parsers`). Null when none does.
 */
export function detectFormat(input: ParseInput, parsers: readonly SourceParser[] = allParsers): SourceParser | null {
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(input.fileName)?.[1]?.toLowerCase() ?? null;
  let best: { parser: SourceParser; score: number; extMatch: boolean } | null = null;
  for (const parser of parsers) {
    let score: number;
    try {
      score = parser.detect(input);
    } catch {
      continue;
    }
    if (!(score > 0)) continue;
    const extMatch = ext !== null && (EXTENSIONS[parser.format] ?? []).includes(ext);
    if (best === null || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && extMatch && !best.extMatch)) {
      best = { parser, score: Math.min(score, 1), extMatch };
    }
  }
  return best?.parser ?? null;
}
