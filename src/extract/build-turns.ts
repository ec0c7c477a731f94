import type { SourceDocument } from "../sources/source-document.ts";
import type { SpeakerMap } from "./resolve-speakers.ts";
import { cleanFiller, removeDebris, trimLeadIn } from "./clean-filler.ts";
import { contentWords, wordCount } from "./content-words.ts";
import { splitSentences } from "./split-sentences.ts";

/** One cleaned sentence of the source, with who said it and where. */
export type Sentence = {
  /** Index in reading order over the whole source. */
  index: number;
  /** Index of the turn (consecutive segments of one speaker) it belongs to. */
  turn: number;
  /** Cleaned text: fillers removed, leading discourse markers stripped. */
  text: string;
  /** Cleaned text before leading discourse markers were stripped ("Hey Chris, …"). */
  raw: string;
  /** Raw speaker label as the source gives it. */
  label: string | null;
  /** The person who said it, or null when unknown. */
  speaker: string | null;
  /** Stemmed content words. */
  words: string[];
  /** Relative position in the source, 0 (start) … 1 (end). */
  position: number;
  wordCount: number;
};

export type Turn = { index: number; label: string | null; speaker: string | null; sentences: Sentence[] };

/** Merge a source's segments into speaker turns and split each into cleaned sentences. */
export function buildTurns(doc: SourceDocument, speakers: SpeakerMap): Turn[] {
  const merged: { label: string | null; text: string }[] = [];
  for (const seg of doc.segments) {
    const label = seg.speaker?.trim() || null;
    const text = prepareText(seg.text);
    const prev = merged[merged.length - 1];
    if (prev && prev.label === label) prev.text += " " + text;
    else merged.push({ label, text });
  }
  const turns: Turn[] = [];
  let index = 0;
  for (const m of merged) {
    const sentences: Sentence[] = [];
    const speaker = speakers.nameOf(m.label);
    let previous = "";
    // Split before removing fillers: "March 10. Honestly the risk …" must stay two sentences.
    for (const piece of splitSentences(removeDebris(m.text))) {
      const s = cleanFiller(piece);
      const text = trimLeadIn(s);
      if (!text || !/[A-Za-z]/.test(text)) continue;
      if (text.toLowerCase() === previous) continue; // recognisers repeat whole sentences
      previous = text.toLowerCase();
      sentences.push({
        index: index++,
        turn: turns.length,
        text,
        raw: s,
        label: m.label,
        speaker,
        words: contentWords(text),
        position: 0,
        wordCount: wordCount(text),
      });
    }
    if (sentences.length > 0) turns.push({ index: turns.length, label: m.label, speaker, sentences });
  }
  const total = Math.max(1, index - 1);
  for (const t of turns) for (const s of t.sentences) s.position = s.index / total;
  return turns;
}

/**
 * Written text (email bodies, documents) to running prose: quoted lines, URLs and addresses go,
 * list markers go, and a line that ends without punctuation ends a sentence.
 */
const LINKS = /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|ai|dev|co|edu|gov)\b/g;

function prepareText(text: string): string {
  if (!/\n/.test(text)) return text.replace(LINKS, " ");
  return text
    .split(/\r?\n|\r/)
    .filter((line) => !/^\s*>/.test(line))
    // Salutations and sign-offs ("Hey team,", "Thanks,") are not sentences of the message.
    .filter((line) => !/^\s*(?:(?:hi|hey|hello|dear|good (?:morning|afternoon|evening)|greetings)\b[^.!?]{0,40}|(?:thanks|thank you|best|regards|best regards|kind regards|cheers|sincerely)[^.!?]{0,20})[,!]?\s*$/i.test(line))
    .map((line) =>
      line
        .replace(LINKS, " ")
        .replace(/^\s*(?:[-*•▪◦]|\d{1,2}[.)])\s+/, "")
        .trim(),
    )
    .filter(Boolean)
    .map((line) => (/[.!?:;,]["')]?$/.test(line) ? line : `${line}.`))
    .join(" ");
}
