import { ACTION_VERBS, GIVING_VERBS } from "./action-verbs.ts";
import { tidyPunctuation } from "./clean-filler.ts";
import { compressSentence } from "./compress-sentence.ts";
import { dropPurposeOfLongTask, dropTaskAsides } from "./drop-task-asides.ts";
import { capitalize } from "./content-words.ts";
import { phraseAsIntroduction } from "./phrase-as-introduction.ts";
import type { CommitmentKind } from "./detect-commitments.ts";

export type RewriteInput = {
  /** Verb phrase, starting at the action verb ("send you the deck by Friday because …"). */
  action: string;
  kind: CommitmentKind;
  /** Who said it and who was spoken to (first names are used in the text). */
  speaker: string | null;
  addressee: string | null;
  /** Deadline words to drop from the text (they go to the due date). */
  duePhrase: string | null;
};

const MAX_WORDS = 20;

/** A verb after "you", said of one named person. */
const THIRD_PERSON: Record<string, string> = { have: "has", are: "is", were: "was", do: "does", need: "needs", want: "wants", know: "knows", think: "thinks", mean: "means", own: "owns", use: "uses", see: "sees", get: "gets" };

/** Where a spoken verb phrase stops being the task and starts being the reason or the chatter. */
const CLAUSE_END =
  /(?:[.?!;](?:\s|$)|,\s+(?:and|but|so|or|because|which|then|if|when|right|okay|you know|I think)\b|\s+(?:because|since|so that|so we|so I|so you|so they|so it|so he|so she|just so|and then|but|which is|which will|while|as long as|unless|otherwise|cause|'cause|and see|and try|and make|and figure|and how|and what|and why|and I|and we|and you|and they|and that|and it|and he|and she|or I|or we|or you|or they|or he|or she|if|when|where|like I said|as I said|like we|like you|like they|like I|guys|yeah|okay|I'm|I've|I|it's|that's|there's|we're|they're|he's|she's|you're|is it|are you|do you)\b)/;
const NEW_SUBJECT = /\s+(?:and|or|but)\s+(?:I|we|you|they|he|she)\s+(?!and\b|or\b)(?=[a-z])/;
const TRAILING_JUNK =
  /(?:\s+(?:as well|too|for you|right|now|then|again|real quick|quickly|okay|ok|here|there|yeah|sure|so|and|or|but|the|a|an|to|of|for|with|on|in|at|by|from|about|that|this|some|any|just|also|like|kind|sort|after|before|once|until|first|later|moving forward|going forward|up(?= on$)|on|you know|as soon as|for example|for instance|or something(?: like that)?|or whatever|or anything|and stuff|and so on|and so forth|and everything|and all that|I guess|I think|I mean|basically|anyway|et cetera|etc|as|who|whom|which|what|how|whether|each|did|does|do|is|are|was|were|be|thing|things|stuff))+\s*$/i;

/**
 * Turn a spoken commitment into a short imperative task: "send you the deck by Friday because
 * they asked" → "Send Lior the deck". Deadline words are dropped (they become the due date),
 * "you"/"me" become the people they refer to, and the reason or chatter after the first clause goes.
 */
export function rewriteTask(input: RewriteInput): string {
  let t = ` ${phraseAsIntroduction(dropTaskAsides(compressSentence(input.action.trim()).replace(/^./, (c) => c.toLowerCase())))} `;
  // A phrase that stops on a preposition was cut off before its object (checked again once cut to its clause).
  const endsOnPreposition = (x: string) => /\s(?:on|with|to|for|in|into|at|from|about|by|of)\s*$/i.test(x);
  const saidCutOff = endsOnPreposition(t);
  // "the recording from today's session": the deadline word goes, the session stays "the session".
  // A comma the deadline words took with them still ends the clause: "find out on Friday, but …".
  if (input.duePhrase) t = t.replace(`${input.duePhrase}'s `, "the ").replace(input.duePhrase, ` ${/[,;]$/.exec(input.duePhrase)?.[0] ?? ""} `);
  t = t.replace(/\b(?:by|before|on|until)\s+(?=[,.;]|\s*$)/gi, " ");

  // A conjunct with a subject of its own ("find it or you want me to") is another clause, however short
  // the head: cut before "you" and "me" are named, which would hide the subject.
  const own = NEW_SUBJECT.exec(t);
  if (own) t = t.slice(0, own.index);
  const you = first(input.addressee);
  const me = first(input.speaker);
  if (input.kind === "request") {
    // Said to the owner: "me" is the speaker, "you" is the owner himself.
    t = t.replace(/\bme\b/g, me ?? "").replace(/\bmy\b/gi, me ? `${me}'s` : "the");
    // "send me what you have": past the task's verb, "you" is the subject of a clause, named with its verb agreeing.
    if (you) {
      t = t.replace(/^(\s*\S+\s.*?)\byou\s+(guys\s+|folks\s+)?(have|are|were|do|need|want|know|think|mean|own|use|see|get)\b/i, (_m, head: string, team: string | undefined, verb: string) =>
        team ? `${head}${you} and team ${verb}` : `${head}${you} ${THIRD_PERSON[verb.toLowerCase()]}`,
      );
    }
    t = t.replace(/\byour\b/gi, "the").replace(/\byourself\b/gi, "").replace(/\byou (?:guys|folks)\b|\byou\b/gi, "");
  } else {
    // Said by the owner of the task: "you" is the listener, "I"/"me" the owner.
    const verb = /^\s*([a-z]+)/i.exec(t)?.[1]?.toLowerCase() ?? "";
    if (!you && GIVING_VERBS.has(verb)) t = t.replace(new RegExp(`^(\\s*${verb})\\s+you\\b`, "i"), "$1");
    if (you) {
      // "you guys" is the listener and the people with them: "take what Paul and team produce".
      t = t.replace(/\byou (?:guys|folks)\b/gi, `${you} and team`).replace(/\byour\b/gi, `${you}'s`).replace(/\byourself\b/gi, you);
      t = t.replace(/\byou\b(?!'|\s+(?:know|can|could|will|would|want|need|have|are|were|should|might|may|do|did|don't)\b)/gi, you);
    }
    // "Make sure Lior pulls me into the meetings": a "me" past the task's own verb is the speaker, by name.
    if (me) t = t.replace(/^(\s*\S+\s+\S.*?)\bme\b/, `$1${me}`);
    t = t.replace(/\bme\b|\bmyself\b/g, "").replace(/\bmy\b/g, "");
  }

  t = cutAtClause(t);
  t = tidyPunctuation(t).replace(/\s*[,;:]\s*$/, "");
  const beforeJunk = t.trim();
  for (let i = 0; i < 3; i++) t = t.replace(TRAILING_JUNK, "").trim();
  // "… and put Jason all on": a preposition left without its object (as said, or once the chatter after
  // it is cut) means the last conjunct lost its complement; that conjunct goes whole.
  if (saidCutOff || endsOnPreposition(beforeJunk)) {
    const last = t.lastIndexOf(" and ");
    const verb = /^\s*([a-z]+)/.exec(t.slice(last + 5))?.[1] ?? "";
    if (last > 0 && ACTION_VERBS.has(verb) && t.slice(0, last).trim().split(/\s+/).length >= 3) t = t.slice(0, last);
  }
  t = dropPurposeOfLongTask(t).trim().replace(/[.?!,;:]+$/, "");
  return capitalize(t);
}

function cutAtClause(t: string): string {
  const words = () => t.trim().split(/\s+/).length;
  // A period inside the phrase is a sentence the recognizer ran on: never part of the task.
  const stop = /[.?!](?=\s)/.exec(t.trim());
  if (stop) t = t.trim().slice(0, stop.index);
  const m = CLAUSE_END.exec(t);
  // ", but …" turns away from the action: what comes before it is all the task there is, however short.
  if (m && (t.slice(0, m.index).trim().split(/\s+/).length >= 3 || /^,\s+but$/.test(m[0]))) t = t.slice(0, m.index);
  const comma = t.indexOf(",");
  if (comma > 0 && t.slice(0, comma).trim().split(/\s+/).length >= 4) t = t.slice(0, comma);
  if (words() > MAX_WORDS) {
    const cut = t.slice(0, nthSpace(t.trim(), MAX_WORDS) + 1);
    const comma = cut.lastIndexOf(",");
    t = comma > cut.length / 2 ? cut.slice(0, comma) : cut;
    // A conjunct the limit cut short ("… and share with") goes whole.
    const stub = /\s+(?:and|or)(?:\s+\S+){0,2}\s*$/.exec(t);
    if (stub && t.slice(0, stub.index).trim().split(/\s+/).length >= 4) t = t.slice(0, stub.index);
  }
  return t;
}

function nthSpace(t: string, n: number): number {
  let i = -1;
  for (let k = 0; k < n; k++) {
    const next = t.indexOf(" ", i + 1);
    if (next < 0) return t.length;
    i = next;
  }
  return i;
}

function first(name: string | null): string | null {
  return name ? name.split(/\s+/)[0]! : null;
}
