import { wordCount } from "./content-words.ts";

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof sr jr st vs etc e.g i.e a.m p.m approx dept inc ltd corp co no fig est u.s u.k".split(" "),
);

/** Past this many words a spoken "sentence" is almost always several run together. */
const MAX_WORDS = 40;

/**
 * Split speech into sentences. Punctuated text splits on end punctuation (speech-to-text often
 * continues in lower case after a period); long unpunctuated runs are cut at clause boundaries
 * (`, and`, `, but`, `, so`, `;`, discourse markers) so that no sentence is a paragraph.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const piece of splitOnPunctuation(text)) {
    for (const s of splitLong(piece)) {
      const t = s.trim();
      if (t && /[A-Za-z0-9]/.test(t)) out.push(t);
    }
  }
  return out;
}

function splitOnPunctuation(text: string): string[] {
  const parts: string[] = [];
  // A boundary: end punctuation (optionally closing quote) + space, or a dialogue dash after punctuation.
  // Speech-to-text also drops periods mid-sentence ("a screenshot. of the logging"): a period
  // followed by a lower-case word is a boundary only when that word can open a sentence.
  const re = /([.!?]+["')\]]?)(\s+)(?:[-–—]\s+)?(?=["“'(]?[A-Z0-9]|(?:i|we|you|they|he|she|it|there|this|that|so|but|when|what|how|why|then|now|okay|yeah|yes|no|if|and then)\b)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[1]!.length;
    const before = text.slice(last, end);
    const word = /([A-Za-z.]+)\.$/.exec(before)?.[1]?.toLowerCase() ?? "";
    // Not a boundary: abbreviations and single initials ("J. Smith").
    if (m[1] === "." && (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word))) continue;
    parts.push(before);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts.map((p) => p.trim()).filter(Boolean);
}

const CLAUSE_BREAK =
  /(?:[;:]\s+|,\s+(?=(?:and|but|so|because|which|then|whereas|or)\s)|\s+(?=(?:and then|so then|but then|and so|so if|and if|but if|which is why)\s)|\s+(?=(?:and|but|so|because)\s+(?:i|we|you|they|he|she|it|there|the|that|this)\s))/gi;

function splitLong(sentence: string): string[] {
  if (wordCount(sentence) <= MAX_WORDS) return [sentence];
  const bounds = [...[...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length), sentence.length];
  // Greedy: take clauses while they fit, cut at the last boundary that did.
  const out: string[] = [];
  let start = 0;
  let last = 0;
  for (const b of bounds) {
    if (wordCount(sentence.slice(start, b)) > MAX_WORDS && last > start) {
      out.push(sentence.slice(start, last));
      start = last;
    }
    last = b;
  }
  out.push(sentence.slice(start));
  return out.flatMap((s) => (wordCount(s) > MAX_WORDS * 1.5 ? chunkByWords(s) : [s])).map(tidyClause).filter(Boolean);
}

function chunkByWords(sentence: string): string[] {
  const words = sentence.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += MAX_WORDS) out.push(words.slice(i, i + MAX_WORDS).join(" "));
  return out;
}

function tidyClause(s: string): string {
  const t = s.trim().replace(/^[,;:]\s*/, "").replace(/[,;:]\s*$/, "");
  return t.charAt(0).toUpperCase() + t.slice(1);
}
