import { highlight } from "./highlight.ts";
import type { SearchHit } from "./search-index.ts";

/**
 * Search results for a person: per hit, the title and date, the file and heading to open (with
 * the line), and the highlighted snippet.
 */
export function renderHits(hits: readonly SearchHit[], ansi: boolean): string {
  const out: string[] = [];
  hits.forEach((h, i) => {
    const where = `${h.path}${h.heading ? ` › ${h.heading}` : ""}:${h.line}`;
    const meta = [h.date, h.type].filter(Boolean).join(", ");
    out.push(`${i + 1}. ${ansi ? `\x1b[1m${h.title}\x1b[22m` : h.title}${meta ? `  (${meta})` : ""}`);
    out.push(`   ${ansi ? `\x1b[2m${where}\x1b[22m` : where}`);
    if (h.snippet) out.push(`   ${highlight(h.snippet, ansi)}`);
  });
  return out.join("\n");
}

/** The `--json` record of a hit: what scripts need, the snippet with `**` around matches. */
export function hitRecord(h: SearchHit) {
  return {
    path: h.path,
    title: h.title,
    heading: h.heading,
    line: h.line,
    link: h.link,
    kind: h.kind,
    type: h.type,
    date: h.date,
    score: h.score,
    snippet: highlight(h.snippet, false),
    ...(h.task ? { task: h.task } : {}),
  };
}
