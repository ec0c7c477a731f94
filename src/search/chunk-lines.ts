/** About how long a passage may grow before it is cut at the next blank line (hard cut at twice that). */
export const CHUNK_CHARS = 1200;

export type LineChunk = { line: number; text: string };

/**
 * Consecutive lines cut into chunks of roughly `CHUNK_CHARS`, preferring blank lines as cut
 * points. `first` is the 1-based file line of `lines[0]`; blank chunks are dropped.
 */
export function chunkLines(lines: readonly string[], first: number): LineChunk[] {
  const out: LineChunk[] = [];
  let start = -1;
  let size = 0;
  const flush = (end: number) => {
    if (start < 0) return;
    const text = lines.slice(start, end).join("\n").trim();
    if (text) out.push({ line: first + start + leadingBlank(lines, start, end), text });
    start = -1;
    size = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (start < 0) {
      if (!l.trim()) continue;
      start = i;
    }
    size += l.length + 1;
    if ((size >= CHUNK_CHARS && !l.trim()) || size >= 2 * CHUNK_CHARS) flush(i + 1);
  }
  flush(lines.length);
  return out;
}

function leadingBlank(lines: readonly string[], start: number, end: number): number {
  let n = 0;
  while (start + n < end && !lines[start + n]!.trim()) n++;
  return n;
}
