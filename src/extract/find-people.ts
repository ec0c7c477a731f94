import type { Sentence } from "./build-turns.ts";
import { STOPWORDS } from "./content-words.ts";
import { isKnownFirstName, isKnownNonName, lexiconTag } from "./lexicon.ts";

/** People the text itself reveals: who is spoken to, who introduces themselves, who is mentioned. */
export type PeopleFound = {
  /** Sentence index → the person that sentence addresses by name ("Roy, can you …"). */
  addressed: Map<number, string>;
  /** People addressed by name or introducing themselves: present in the meeting. */
  present: string[];
  /** Every person named, with how often. */
  mentioned: Map<string, number>;
  /** People named repeatedly whose names are known first names (the most reliable mentions). */
  frequent: string[];
  /** People the text shows acting or speaking ("Asaf said", "Tzu and I"): persons, not products. */
  actors: Set<string>;
  /** Canonical (fullest) form of a name or first name, as found in the text or among `known`. */
  canonical(name: string): string;
};

const CAP = "[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
const NAME_SEQ = new RegExp(`\\b(${CAP})(?:\\s+(${CAP}))?(?:'s)?\\b`, "g");

const PERSON_BEFORE = /\b(?:with|to|ask|asked|asking|ping|pinged|tell|told|cc|call|called|email|emailed|text|meet|met|introduce|introduced|connect|connected|and|from|by|thank|thanks|cc'd|loop|looped|invite|invited|including|hired|hire|like)\s*$/i;
const PERSON_AFTER = /^(?:'s\s+(?:team|org|group|boss|manager|wife|husband)|\s+and (?:I|me|myself)\b|\s+(?:said|says|told|tells|mentioned|asked|asks|thinks|thought|wants|wanted|needs|owns|runs|leads|reports|joined|shared|sent|called|emailed|agreed|suggested|replied|pinged|introduced)\b)/;
const GREETING = /^(?:hey|hi|hello|thanks|thank you|bye|morning|good morning|welcome|sorry|cheers|over to you)[,!]?\s+/i;
/** What follows "Name," when the name is said to its bearer: "Roy, can you …", "Leo, over to you". */
const AFTER_VOCATIVE = "(?:you|your|you're|right|correct|sorry|can|could|would|will|do|did|are|were|what|how|why|when|where|is|I|I'm|I'll|we|so|over|go|please|thanks|thank|any|if|just|let|quick)\\b";
const INTRO = new RegExp(`\\b(?:I'm|I am|my name is)\\s+(${CAP}(?:\\s+${CAP})?)(?=[,.!?]|\\s+(?:from|and|here|I|at|with|by|the)\\b|$)|\\b(?:this is|it's)\\s+(${CAP}(?:\\s+${CAP})?)(?=\\s*(?:here|speaking|calling)?\\s*[.!]?$)`, "g");

/**
 * Find person names in cleaned sentences. A capitalized word counts as a name when the lexicon
 * knows it as a first name, when it is one of `known`, or when it sits in a person context
 * ("Asaf said", "talk to Asaf", "Asaf's team") and never appears in lower case.
 */
export function findPeople(sentences: Sentence[], known: string[], ownerName: string): PeopleFound {
  const lowerSeen = new Set<string>();
  for (const s of sentences) for (const m of s.text.matchAll(/\b[a-z][a-z'-]+\b/g)) lowerSeen.add(m[0]);

  const knownFirst = new Map<string, string>();
  for (const k of [ownerName, ...known]) {
    const first = k.split(/\s+/)[0];
    if (first) knownFirst.set(first.toLowerCase(), k);
  }

  // Pass 1: which capitalized words are used like names somewhere.
  const contextual = new Set<string>();
  const acting = new Set<string>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(NAME_SEQ)) {
      const w = m[1]!;
      const before = s.text.slice(Math.max(0, m.index - 20), m.index);
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (PERSON_BEFORE.test(before) || PERSON_AFTER.test(after)) contextual.add(w);
      if (PERSON_AFTER.test(after) && !STOPWORDS.has(w.toLowerCase()) && !isKnownNonName(w.toLowerCase())) acting.add(w);
    }
  }
  const isName = (w: string, sentenceInitial: boolean): boolean => {
    const lw = w.toLowerCase();
    if (STOPWORDS.has(lw)) return false;
    if (knownFirst.has(lw)) return true;
    const tag = lexiconTag(lw);
    if (tag === "WeekDay" || tag === "Month" || tag === "Organization" || tag === "Country" || tag === "City") return false;
    if (isKnownFirstName(lw)) return !sentenceInitial || !isKnownNonName(lw);
    if (isKnownNonName(lw) || lowerSeen.has(lw) || w.length < 3) return false;
    return contextual.has(w) && !sentenceInitial;
  };

  const mentioned = new Map<string, number>();
  const addressed = new Map<number, string>();
  const present = new Set<string>();
  const fullByFirst = new Map<string, string>(knownFirst);

  const nameAt = (text: string, m: RegExpMatchArray): string | null => {
    const first = m[1]!;
    const initial = m.index === 0 || /[.!?]\s*$/.test(text.slice(0, m.index));
    if (!isName(first, initial)) return null;
    const last = m[2];
    if (last && !STOPWORDS.has(last.toLowerCase()) && !isKnownNonName(last.toLowerCase()) && !lowerSeen.has(last.toLowerCase())) {
      const full = `${first} ${last}`;
      fullByFirst.set(first.toLowerCase(), fullByFirst.get(first.toLowerCase())?.includes(" ") ? fullByFirst.get(first.toLowerCase())! : full);
      return full;
    }
    return first;
  };

  for (const s of sentences) {
    for (const m of s.text.matchAll(NAME_SEQ)) {
      const name = nameAt(s.text, m);
      if (name) mentioned.set(name, (mentioned.get(name) ?? 0) + 1);
    }
    // Vocatives: "Roy, can you …", "Hey Chris.", "Is there noise, Jason?"
    const raw = s.raw ?? s.text;
    const greetedHead = GREETING.exec(raw);
    const greeted = greetedHead ? new RegExp(`^(${CAP})\\b`).exec(raw.slice(greetedHead[0].length)) : null;
    const voc = new RegExp(`^(${CAP})(?:\\s+(${CAP}))?\\s*(?:,\\s*(?=${AFTER_VOCATIVE})|[!?]|\\.?$)`).exec(s.text);
    // "John, it'd be great to have you involved": a known first name set off at the start, not an
    // apposition ("Assaf, our chief architect, was there").
    const calledFirst = voc ? null : /^([A-Z][a-z]+),\s+(?!(?:our|the|a|an|his|her|their|my|your|its|who|whose|which|and|or|also|too)\b)\S/.exec(s.text);
    const namedFirst = calledFirst && (knownFirst.has(calledFirst[1]!.toLowerCase()) || isKnownFirstName(calledFirst[1]!)) ? calledFirst : null;
    const mid = new RegExp(`,\\s*(${CAP})\\s*,\\s*(?=${AFTER_VOCATIVE})`).exec(s.text);
    const tail = new RegExp(`,\\s*(${CAP})\\s*[?.!]$`).exec(s.text);
    for (const v of [voc, namedFirst, greeted, mid, tail]) {
      if (!v) continue;
      const w = v[1]!;
      const lw = w.toLowerCase();
      if (STOPWORDS.has(lw) || (isKnownNonName(lw) && !isKnownFirstName(lw))) continue;
      const tag = lexiconTag(lw);
      if (tag === "Organization" || tag === "Country" || tag === "City" || tag === "Place") continue;
      if (!(knownFirst.has(lw) || isKnownFirstName(lw) || contextual.has(w))) continue;
      addressed.set(s.index, w);
      present.add(w);
      break;
    }
    for (const m of s.text.matchAll(INTRO)) {
      const intro = m[1] ?? m[2]!;
      const parts = intro.split(/\s+/);
      if (parts.some((p) => STOPWORDS.has(p.toLowerCase()) || (isKnownNonName(p.toLowerCase()) && !isKnownFirstName(p.toLowerCase())))) continue;
      if (parts.length === 1 && !isKnownFirstName(parts[0]!) && lowerSeen.has(parts[0]!.toLowerCase())) continue;
      present.add(intro);
      if (parts.length > 1) fullByFirst.set(parts[0]!.toLowerCase(), intro);
    }
  }

  const canonical = (name: string): string => {
    const first = name.split(/\s+/)[0]!.toLowerCase();
    const full = fullByFirst.get(first);
    return full && full.length >= name.length ? full : name;
  };
  const merged = new Map<string, number>();
  for (const [n, c] of mentioned) merged.set(canonical(n), (merged.get(canonical(n)) ?? 0) + c);
  const frequent = [...merged.entries()]
    .filter(([n, c]) => c >= 2 && (isKnownFirstName(n.split(/\s+/)[0]!) || knownFirst.has(n.split(/\s+/)[0]!.toLowerCase())))
    .map(([n]) => n);
  return {
    frequent,
    actors: new Set([...acting].filter((w) => !lowerSeen.has(w.toLowerCase())).map(canonical)),
    addressed: new Map([...addressed].map(([i, n]) => [i, canonical(n)])),
    present: [...new Set([...present].map(canonical))],
    mentioned: merged,
    canonical,
  };
}
