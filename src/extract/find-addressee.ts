import type { Sentence, Turn } from "./build-turns.ts";

export type AddresseeInput = {
  turns: Turn[];
  /** Sentence index → person addressed by name in it (see findPeople). */
  addressed: ReadonlyMap<number, string>;
  participants: string[];
  /** Per turn, the single recipient of an email message, when there is one. */
  recipients: (string | null)[];
  fullName(name: string): string | null;
};

/**
 * Who a sentence is said to — the "you" of "can you send it": the person named in it or just
 * before it ("Roy, can you …"), the one recipient of an email, the other person of a two-person
 * meeting, or else whoever spoke last.
 */
export function findAddressee(s: Sentence, input: AddresseeInput): string | null {
  const turn = input.turns[s.turn];
  if (!turn) return null;
  const firstInTurn = turn.sentences[0]?.index ?? s.index;
  for (let i = s.index; i >= Math.max(firstInTurn, s.index - 2); i--) {
    const name = input.addressed.get(i);
    const full = name ? input.fullName(name) : null;
    if (full && full !== s.speaker) return full;
  }
  const recipient = input.recipients[s.turn];
  if (recipient) return recipient;
  if (input.participants.length === 2 && s.speaker && input.participants.includes(s.speaker)) {
    return input.participants.find((p) => p !== s.speaker) ?? null;
  }
  const previous = input.turns[s.turn - 1]?.speaker ?? null;
  return previous && previous !== s.speaker ? previous : null;
}
