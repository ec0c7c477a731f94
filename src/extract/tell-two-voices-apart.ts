import type { Turn } from "./build-turns.ts";
import { personNames, quotedSentences, speakerByNames } from "./speaker-by-names.ts";

/**
 * A one-on-one whose two voices carry only placeholder labels (`Speaker 1`, `Speaker 2`): the
 * voice whose sentences point to the owner by the names said in them (see speakerByNames) more
 * often than the other voice's do is the owner's; when the names say nothing either way, the
 * voice that opens the recording is (it is his call). Names both voices: sets `speaker` on their
 * turns and sentences.
 */
export function tellTwoVoicesApart(turns: Turn[], owner: { name: string; aliases: string[] }, other: string): void {
  const labels = [...new Set(turns.map((t) => t.label))];
  if (labels.length !== 2 || turns.some((t) => t.speaker !== null)) return;
  const ownerNames = personNames(owner.name, owner.aliases);
  const otherNames = personNames(other);
  const lean = new Map<string | null, number>(labels.map((l) => [l, 0]));
  for (const t of turns) {
    const quoted = quotedSentences(t.sentences);
    for (const s of t.sentences) {
      const by = quoted.has(s.index) ? null : speakerByNames(s.raw, ownerNames, otherNames);
      if (by) lean.set(t.label, lean.get(t.label)! + (by === "owner" ? 1 : -1));
    }
  }
  const [first, second] = labels as [string | null, string | null];
  const ownerLabel = lean.get(second)! > lean.get(first)! ? second : first;
  for (const t of turns) {
    t.speaker = t.label === ownerLabel ? owner.name : other;
    for (const s of t.sentences) s.speaker = t.speaker;
  }
}
