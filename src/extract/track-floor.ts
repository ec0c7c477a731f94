import type { Turn } from "./build-turns.ts";
import { onlyThanks } from "./guess-turn-speakers.ts";

const NAME = "([A-Z][a-z]+(?:-[A-Z][a-z]+)?)";

/** "Leo, over to you", "go ahead, Mike", "let's crack on with Leo's update": the named person speaks next. */
const HANDOFFS: RegExp[] = [
  new RegExp(`\\b${NAME},?\\s+(?:over to you|go ahead|you're up|you are up|your turn|take it away|the floor is yours|you have the floor|you're on)\\b`),
  new RegExp(`\\b(?:over to you|back to you|over to|hand(?:ing)?(?: it)?(?: over)? to|pass(?:ing)?(?: it)?(?: over)? to|turn(?:ing)? it over to|go ahead|take it away|floor is yours|your turn)\\s*,?\\s+${NAME}\\b`),
  new RegExp(`\\blet(?:'s| us) (?:crack on|start|kick off|begin|move on|carry on|continue|go|get going|get started|jump in|dive in) with ${NAME}'s\\b`),
  new RegExp(`\\blet(?:'s| us) (?:hear from|start with|kick off with|begin with) ${NAME}\\b`),
  new RegExp(`\\b${NAME},?\\s+(?:do you want to|would you like to|can you|could you|why don't you|you want to)\\s+(?:start|kick (?:us |it |things )?off|go first|give us|walk us|take us|run us|update us|share your|tell us)\\b`),
];

/** How many sentences after a question put to someone by name are taken as their answer. */
const ANSWER_SENTENCES = 3;

/** How many sentences after a question a hand-off by name still asks for the answer to it. */
const QUESTION_REACH = 2;

/** "I'm Jonsi, GM of cloud", "my name is Ana": the sentence's own speaker. */
const SELF_INTRO = new RegExp(`\\b(?:I'm|I am|my name is)\\s+${NAME}\\b(?!'s)`);

/**
 * Who holds the floor, sentence by sentence, inside turns that carry no speaker name (a group call
 * recorded as one `Remote` voice, sometimes one huge line). The floor passes to a person when a
 * sentence hands it over by name ("Leo, over to you", "let's crack on with Leo's update"), from the
 * next sentence on, and to whoever introduces themself ("I'm Jonsi, …") from that sentence on; it
 * outlasts the named speakers' turns in between, unless one of them calls on someone by name.
 * A question put to someone by name ("is that a conversation, Mike, you have with Anand?") gives
 * them the next few sentences, their answer, after which the floor is back with its holder; so does
 * a hand-off just after a question put to that person ("Asaf, Rony, am I wrong here? … Rony, go ahead"). A sentence calling the
 * holder by name ("Leo, you know that") is someone else's: the floor is nobody's from there on.
 * `person` maps a word to a known person's name (null when the word is not one).
 * Returns sentence index → speaker, only for sentences of unnamed turns after the first cue.
 */
export function trackFloor(
  turns: Turn[],
  addressed: ReadonlyMap<number, string>,
  person: (word: string) => string | null,
  isOwner: (name: string) => boolean,
): Map<number, string> {
  const out = new Map<number, string>();
  let floor: string | null = null;
  let answer: { by: string; left: number } | null = null;
  /** The last question of an unnamed voice ("Asaf, Rony, am I wrong here?") and the sentences since. */
  let question = "";
  let sinceQuestion = Infinity;
  for (const turn of turns) {
    if (turn.speaker !== null) {
      sinceQuestion = Infinity;
      // A named speaker handing over ("over to you, Leo") or calling on someone at the end of
      // their turn gives that person the floor.
      for (const s of turn.sentences) {
        const next = handedTo(s.raw, person);
        if (next && !isOwner(next) && next !== turn.speaker) floor = next;
      }
      for (const s of turn.sentences.slice(-2).reverse()) {
        if (onlyThanks(s.text)) continue;
        const name = addressed.get(s.index);
        const full = name ? person(name) : null;
        if (full && !isOwner(full) && full !== turn.speaker) {
          floor = full;
          break;
        }
      }
      continue;
    }
    for (const s of turn.sentences) {
      const intro = SELF_INTRO.exec(s.raw);
      const introduced = intro ? person(intro[1]!) : null;
      if (introduced && !isOwner(introduced)) floor = introduced;
      const answering: string | null = answer && answer.left-- > 0 ? answer.by : null;
      const holder = answering ?? floor;
      if (holder) out.set(s.index, holder);
      const next = handedTo(s.raw, person);
      // "Asaf, Rony, am I wrong here? … Rony, go ahead": a hand-off just after a question put to that
      // person asks for the answer only; the floor stays with whoever asked. ("Who's next? Bram, go
      // ahead" hands the floor over.)
      const toAnswer = next !== null && sinceQuestion <= QUESTION_REACH && names(question, next, person);
      if (next && !toAnswer && !isOwner(next) && next !== floor) floor = next;
      // "Leo, you know that": someone else is talking to the holder, so the floor has moved on (to whom is unknown).
      else if (floor && !next && person(addressed.get(s.index) ?? "") === floor) floor = null;
      if (/\?\s*$/.test(s.text)) [question, sinceQuestion] = [s.raw, 0];
      else sinceQuestion++;
      // "Is that a conversation, Mike, you have with Anand?": the next few sentences are the answer.
      const asked = toAnswer ? next : next ? null : askedByName(s, addressed, person);
      answer = asked && !isOwner(asked) && asked !== floor ? { by: asked, left: ANSWER_SENTENCES } : answering ? answer : null;
    }
  }
  return out;
}

/** Whether a text calls `who` by their first name. */
function names(text: string, who: string, person: (word: string) => string | null): boolean {
  return (text.match(/\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g) ?? []).some((w) => person(w) === who);
}

/** The person a sentence hands the floor to, if any. */
export function handedTo(text: string, person: (word: string) => string | null): string | null {
  const lowered = text.charAt(0).toLowerCase() + text.slice(1); // "Over to you, Mike"
  for (const re of HANDOFFS) {
    const m = re.exec(text) ?? re.exec(lowered);
    const name = m ? person(m[1]!) : null;
    if (name) return name;
  }
  return null;
}

/** "Is that a conversation, Mike, you have with Anand?": the person a question is put to by name. */
function askedByName(s: { index: number; text: string }, addressed: ReadonlyMap<number, string>, person: (word: string) => string | null): string | null {
  if (!/\?\s*$/.test(s.text)) return null;
  const name = addressed.get(s.index);
  return name ? person(name) : null;
}
