import type { Sentence, Turn } from "./build-turns.ts";

export type AddresseeInput = {
  turns: Turn[];
  /** Sentence index → person addressed by name in it (see findPeople). */
  addressed: ReadonlyMap<number, string>;
  participants: string[];
  /** Per turn, the single recipient of an email message, when there is one. */
  recipients: (string | null)[];
  fullName(name: string): string | null;
  /** Who said a sentence as best known (named label, floor, guess); the label alone when not given. */
  speakerOf?(s: Sentence): string | null;
};

/**
 * Who a sentence is said to — the "you" of "can you send it": the person named in it or just
 * before it ("Roy, can you …"), the one recipient of an email, the other person of a two-person
 * meeting, or else whoever spoke last (an unnamed voice as the caller guesses it).
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
  const before = input.turns[s.turn - 1];
  const last = before?.sentences.at(-1);
  const previous = before?.speaker ?? (last && input.speakerOf ? input.speakerOf(last) : null);
  return previous && previous !== s.speaker ? previous : null;
}
