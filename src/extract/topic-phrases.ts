import type { Sentence } from "./build-turns.ts";
import { STOPWORDS, stem } from "./content-words.ts";
import { NOUN_CONTEXT, VERB_CONTEXT, type KeyTerm } from "./key-terms.ts";
import { lexiconTag } from "./lexicon.ts";
import { spellingVariants } from "./spelling-variants.ts";
import { aboutTheCall } from "./call-chatter.ts";

/** Word classes that never open or close a topic phrase (whether a word is used as a verb is read from the text). */
const NOT_AT_EDGE = new Set(["Modal", "Copula", "Auxiliary", "Adverb", "Preposition", "Conjunction", "Determiner", "Pronoun", "Expression", "QuestionWord"]);
const MAX_PHRASE = 3;
/** How many of the top key terms can make up a phrase. */
const PHRASE_TERMS = 200;
/** Too short to be a key term, but part of a name when it follows one ("Office 365", "LSV4 VM"). */
/** Lower-case words in verb forms: they never make a topic on their own. */
const VERB_FORM = /^[a-z]+(?:ing|ed|ly)$/;
const SHORT_NAME = /^(?:[A-Z]{2}|\d+(?:\.\d+)?[A-Za-z]?)$/;

/** Words after which an -s word is a verb ("it works", "that runs"); "which" and "what" also open a noun phrase ("which sites"). */
const SINGULAR_SUBJECT = new Set(["it", "he", "she", "that", "this", "who", "everything", "something", "nothing"]);
/** Particles that make the word before them a phrasal verb ("set up", "figure out"). */
const PARTICLE = new Set(["up", "out", "off", "down"]);

type Gram = { stems: string[]; count: number; forms: Map<string, number> };

/**
 * The source's main topics as short phrases ("UK Met Office", "Azure Blob", "release process"):
 * each of the top key terms grown into the longest run of key terms that recurs around it in the
 * text, so a topic reads as the speakers named it rather than as a single word. Phrases come in key
 * term order and never share a word; `limit` caps how many.
 */
export function topicPhrases(sentences: Sentence[], terms: KeyTerm[], limit: number): string[] {
  // Phrases are made of the better key terms only: a word said twice in passing does not grow a topic.
  // Participles and adverbs ("called", "really") join no phrase; a gerund may qualify a noun ("billing migration").
  const termOf = new Map(terms.slice(0, PHRASE_TERMS).filter((t) => !/^[a-z]+(?:ed|ly)$/.test(t.term)).map((t) => [t.stem, t]));
  const stems = new Map<string, string>();
  const stemOf = (token: string): string => {
    let x = stems.get(token);
    if (x === undefined) stems.set(token, (x = stem(token.toLowerCase().replace(/’/g, "'"))));
    return x;
  };
  // How often each key term follows a word that makes it a verb ("to run") or a noun ("the run"), and
  // every run of 2..MAX_PHRASE consecutive key terms, counted by stems, with its commonest spelling.
  const usage = new Map<string, { verb: number; noun: number }>();
  const grams = new Map<string, Gram>();
  // How often each key term heads an "X of Y" ("a ton of", "in terms of", "on top of").
  const heads = new Map<string, { of: number; all: number }>();
  // How often each key term is said in a plural form its commonest form is not ("majors" for "major").
  const plurals = new Map<string, number>();
  // The key terms said at least once as the noun closing a noun phrase ("the proposal.").
  const closesNounPhrase = new Set<string>();
  for (const s of sentences) {
    for (const chunk of s.text.split(/[,.;:!?()"“”…]|\s[-–—]\s/)) {
      const tokens = chunk.match(/[A-Za-z0-9][A-Za-z0-9'’\-]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];
      let run: string[] = [];
      const flush = () => {
        for (let i = 0; i < run.length; i++) {
          for (let n = 2; n <= MAX_PHRASE && i + n <= run.length; n++) {
            const words = run.slice(i, i + n);
            if (!edgeOk(words[0]!) || !edgeOk(words[n - 1]!)) continue;
            if (SHORT_NAME.test(words[0]!)) continue;
            const gramStems = words.map(stemOf);
            if (new Set(gramStems).size < n) continue;
            const key = gramStems.join(" ");
            let g = grams.get(key);
            if (!g) grams.set(key, (g = { stems: gramStems, count: 0, forms: new Map() }));
            g.count++;
            const form = words.join(" ");
            g.forms.set(form, (g.forms.get(form) ?? 0) + 1);
          }
        }
        run = [];
      };
      tokens.forEach((tok, i) => {
        const t = termOf.get(stemOf(tok));
        if (!t) return;
        if (/s$/i.test(tok) && !/s$/i.test(t.term)) plurals.set(t.stem, (plurals.get(t.stem) ?? 0) + 1);
        const h = heads.get(t.stem) ?? { of: 0, all: 0 };
        h.all++;
        if (tokens[i + 1]?.toLowerCase() === "of") h.of++;
        heads.set(t.stem, h);
        const before = tokens[i - 1]?.toLowerCase().replace(/’/g, "'");
        const u = usage.get(t.stem) ?? { verb: 0, noun: 0 };
        const after = tokens[i + 1]?.toLowerCase();
        // The two cues below count for the listed form only ("sits" is not "sites", though they share a stem).
        const listed = tok.toLowerCase() === t.term.toLowerCase();
        // "the proposal.", "a portal and": a determiner before and no noun after, so the word is the noun.
        if (before && NOUN_CONTEXT.has(before) && (!after || (STOPWORDS.has(after) && !PRO_FORMS.has(after) && !NOUNS.has(lexiconTag(after) ?? "")))) closesNounPhrase.add(t.stem);
        if (before && VERB_CONTEXT.has(before)) u.verb++;
        // "it works", "that runs": a singular subject makes an -s word a verb (a noun after it has no -s).
        else if (listed && before && SINGULAR_SUBJECT.has(before) && /[a-z]s$/.test(tok)) u.verb++;
        else if (before && NOUN_CONTEXT.has(before)) u.noun++;
        // "set up", "figure out": a particle after the word makes it a verb.
        else if (listed && after && PARTICLE.has(after)) u.verb++;
        usage.set(t.stem, u);
      });
      for (const tok of tokens) {
        if (termOf.has(stemOf(tok)) || (run.length > 0 && SHORT_NAME.test(tok))) run.push(tok);
        else flush();
      }
      flush();
    }
  }
  // The recurring phrases, by each word they contain.
  const byStem = new Map<string, Gram[]>();
  for (const g of grams.values()) {
    if (g.count < 2) continue;
    for (const x of g.stems) byStem.set(x, [...(byStem.get(x) ?? []), g]);
  }
  // A phrase writes a name as the speakers' text mostly does ("vast apis" -> "VAST APIs").
  const asNamed = (text: string, gramStems: string[]): string =>
    text
      .split(/\s+/)
      .map((w, i) => {
        const named = termOf.get(gramStems[i]!)?.term;
        return named && named !== named.toLowerCase() && w === w.toLowerCase() && named.toLowerCase() === w ? named : w;
      })
      .join(" ");
  const out: string[] = [];
  const used = new Set<string>();
  const said = new Set<string>();
  const saidWords: string[] = [];
  const partsSaid = new Set<string>();
  for (const t of terms) {
    if (out.length >= limit) break;
    // A verb-like word ("billing", "planned") opens no topic, though it may name one with a noun ("billing migration"),
    // unless it is a gerund the speakers keep saying as a noun ("the planning", "our testing").
    if (used.has(t.stem) || (VERB_FORM.test(t.term) && !gerundAsNoun(t.term, usage.get(t.stem)))) continue;
    // The longest recurring phrase around the term whose other words are still free.
    let best: { text: string; stems: string[]; score: number } | null = null;
    for (const g of byStem.get(t.stem) ?? []) {
      if (g.stems.some((x) => used.has(x))) continue;
      if (g.count < 0.2 * t.count || usedAsVerb(usage.get(g.stems[g.stems.length - 1]!))) continue;
      // A phrase ends on the noun it names, not on an adjective or a number word ("super curious").
      const last = g.stems[g.stems.length - 1]!;
      if (!nounHead(commonest(g.forms).split(/\s+/).at(-1)!, plurals.get(last) ?? 0, closesNounPhrase.has(last), false)) continue;
      const score = g.stems.length + g.count / (t.count + 1);
      if (!best || score > best.score) best = { text: asNamed(commonest(g.forms), g.stems), stems: g.stems, score };
    }
    if (!best && (!standsAlone(t, usage.get(t.stem)) || headsOfPhrase(heads.get(t.stem)) || !nounHead(t.term, plurals.get(t.stem) ?? 0, closesNounPhrase.has(t.stem), true))) continue;
    const phrase = best ?? { text: t.term, stems: [t.stem] };
    for (const x of phrase.stems) used.add(x);
    // "stop sharing", "a break": the call itself, not what it was about.
    if (aboutTheCall(phrase.text)) continue;
    // "feature" and "features" are one topic.
    const singular = phrase.text.toLowerCase().split(/\s+/).map((w) => w.replace(/(?<=[a-z]{3})s$/, ""));
    if (singular.some((w) => said.has(w))) continue;
    // A part of a listed hyphenated word adds nothing: "adjacent" after "GPU-adjacent VAS" (the
    // other way round both stay: "GPUs" is a topic of its own before "GPU-adjacent VAS").
    if (singular.some((w) => partsSaid.has(w))) continue;
    // "Vaast" after "VAST", "Luster" after "Lustre": a transcriber's other spelling of a topic already listed.
    const words = phrase.text.split(/\s+/);
    if (words.some((w) => saidWords.some((x) => spellingVariants(w, x)))) continue;
    for (const w of singular) said.add(w);
    for (const w of singular) if (w.includes("-")) for (const part of w.split("-")) partsSaid.add(part);
    saidWords.push(...words);
    out.push(phrase.text);
  }
  return out;
}

/** Endings of adjectives ("organizational", "strategic", "similar"); nouns with them ("proposal", "metric", "calendar") are said with a determiner. */
const ADJECTIVE_SHAPE = /^[a-z]{3,}(?:al|ic|ar)$/;

const NOUNS = new Set(["Noun", "Singular", "Plural", "Uncountable", "Actor"]);

/** Word classes that qualify or count a thing but never name one ("full", "entire", "third"). */
const NOT_A_HEAD = new Set(["Adjective", "Comparative", "Superlative", "TextValue", "Ordinal", "Cardinal", "Multiple"]);
/** Nouns that stand for another noun or for anyone ("the ones", "others", "folks"): they name no topic. */
const PRO_FORMS = new Set([
  ..."one ones other others folks someone somebody anyone anybody everyone everybody nobody myself yourself ourselves themselves".split(" "),
  ..."somewhere anywhere everywhere nowhere whatnot etc cetera blah".split(" "),
]);

/**
 * A word can close a topic phrase or be a topic on its own when it is a noun: not an adjective or a
 * number word, unless the speakers say it in a plural form, as only a noun takes one ("the majors"),
 * or as the noun closing a noun phrase ("the metric."). A word shaped like an adjective
 * ("organizational", "strategic", "similar") needs the same evidence to stand alone; closing a
 * phrase ("Azure portal"), it is taken for a noun.
 */
function nounHead(word: string, pluralUses: number, closesNounPhrase: boolean, alone: boolean): boolean {
  if (word !== word.toLowerCase()) return true;
  if (PRO_FORMS.has(word) || /[a-z]{3}(?:ous|ful)$/.test(word)) return false;
  if (pluralUses > 0 || closesNounPhrase) return true;
  const tag = lexiconTag(word);
  return !(tag && NOT_A_HEAD.has(tag)) && !(alone && ADJECTIVE_SHAPE.test(word));
}

/** A single lower-case word names a topic when it is used as a noun, not a verb or an adjective. */
function standsAlone(t: KeyTerm, use: { verb: number; noun: number } | undefined): boolean {
  if (t.term !== t.term.toLowerCase()) return true;
  if (/(?:ible|able|ive|ous|ful|ly)$/.test(t.term) || !edgeOk(t.term)) return false;
  return !usedAsVerb(use);
}

/** How often a gerund must follow a determiner, possessive or "of" ("the testing", "our pricing") to name a topic. */
const GERUND_NOUN_USES = 2;

function gerundAsNoun(term: string, use: { verb: number; noun: number } | undefined): boolean {
  return /ing$/.test(term) && !!use && use.noun >= GERUND_NOUN_USES && use.noun > use.verb;
}

/**
 * A word said mostly as the head of an "X of Y" ("a ton of", "in terms of", "on top of", "the
 * proliferation of") names a measure, a place or a relation of the topic, not the topic itself.
 */
function headsOfPhrase(h: { of: number; all: number } | undefined): boolean {
  return !!h && h.all >= 2 && h.of * 2 >= h.all;
}

function usedAsVerb(use: { verb: number; noun: number } | undefined): boolean {
  return !!use && use.verb > use.noun;
}


const edgeCache = new Map<string, boolean>();

function edgeOk(word: string): boolean {
  let ok = edgeCache.get(word);
  if (ok === undefined) edgeCache.set(word, (ok = edgeWord(word)));
  return ok;
}

function edgeWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (STOPWORDS.has(lower)) return false;
  if (/^[A-Z0-9]{2,}s?$/.test(word)) return true;
  const tag = lexiconTag(lower);
  return !(tag && NOT_AT_EDGE.has(tag)) && !/ly$/.test(lower);
}

function commonest(forms: Map<string, number>): string {
  return [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
