/**
 * Packs turns into as few chunks as fit `budget` tokens each, splitting only between turns; a single
 * turn longer than the budget is cut between sentences (or, failing that, words) with its speaker
 * label repeated on each piece.
 */
export function chunkTurns(turns: readonly string[], budget: number, count: (text: string) => number): string[][] {
  if (budget < 1) throw new RangeError("chunk budget must be positive");
  const chunks: string[][] = [];
  let current: string[] = [];
  let used = 0;
  for (const turn of turns.flatMap((t) => splitTurn(t, budget, count))) {
    const cost = count(turn) + 1;
    if (current.length > 0 && used + cost > budget) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(turn);
    used += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function splitTurn(turn: string, budget: number, count: (text: string) => number): string[] {
  if (count(turn) + 1 <= budget) return [turn];
  const label = /^([^:\n]{1,60}): /.exec(turn)?.[1];
  const prefix = label ? `${label}: ` : "";
  const body = label ? turn.slice(prefix.length) : turn;
  const room = Math.max(1, budget - count(prefix) - 1);
  const sentences = body.match(/[^.!?\n]+(?:[.!?]+|\n|$)\s*/g) ?? [body];
  const pieces: string[] = [];
  let piece = "";
  const flush = () => {
    if (piece.trim()) pieces.push(prefix + piece.trim());
    piece = "";
  };
  for (const unit of sentences.flatMap((s) => (count(s) > room ? s.split(/(?<=\s)/) : [s]))) {
    if (piece && count(piece + unit) > room) flush();
    piece += unit;
  }
  flush();
  return pieces;
}
