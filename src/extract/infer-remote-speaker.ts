import type { Turn } from "./build-turns.ts";

/**
 * Name the voice a recorder labels only `Remote` when the conversation gives it away: if the
 * owner's own turns keep addressing one person by name ("Lior, …", "…, right Lior?") and nobody
 * else, that person is the one on the other end. Fills `speaker` on those turns (not on a sentence
 * calling that person by name: nobody calls themselves by name) and returns the name.
 */
export function inferRemoteSpeaker(turns: Turn[], addressed: ReadonlyMap<number, string>, ownerName: string): string | null {
  const unnamed = new Set(turns.filter((t) => t.speaker === null && t.label !== null).map((t) => t.label));
  if (unnamed.size !== 1) return null;
  const ownerTurns = turns.filter((t) => t.speaker === ownerName);
  if (ownerTurns.length === 0) return null;
  const counts = new Map<string, number>();
  let total = 0;
  for (const t of ownerTurns) {
    for (const s of t.sentences) {
      const name = addressed.get(s.index);
      if (!name || name === ownerName || name.split(/\s+/)[0] === ownerName.split(/\s+/)[0]) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      total++;
    }
  }
  const [best, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ["", 0];
  if (n < 2 || n / total < 0.6) return null;
  for (const t of turns) {
    if (t.speaker !== null || !unnamed.has(t.label)) continue;
    t.speaker = best;
    // Nobody calls themselves by name: a sentence in that voice calling on them is someone else's.
    for (const s of t.sentences) s.speaker = addressed.get(s.index) === best ? null : best;
  }
  return best;
}
