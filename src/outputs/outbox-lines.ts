/** The link lines under a note's `## Outbox` heading, so `--force` regeneration keeps them. */
export function outboxLines(note: string): string[] {
  const m = /^## Outbox[ \t]*\n([\s\S]*?)(?=^#{1,2} |(?![\s\S]))/m.exec(note);
  if (!m) return [];
  return m[1]!.split("\n").filter((l) => /^- .*\[\[/.test(l));
}
