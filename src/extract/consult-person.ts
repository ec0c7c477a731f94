/**
 * Advice or a promise to consult someone by name: "you should talk to Dana", "I need to go speak
 * with Marco about the budget", "I can connect you with Priya" → "meet Dana", "meet Marco about
 * the budget", "connect you with Priya". Spoken this way the sentence names a person to see, which
 * is the task; what surrounds it ("I think", "really", "for sure") is not.
 */
export type Consultation = {
  /** Who is to act, as the sentence puts it. */
  subject: "you" | "I" | "we";
  /** The task's verb phrase: "meet Dana", "sync with the Polaris team", "connect you with Priya". */
  action: string;
  /** The consulting verb in base form. */
  verb: string;
  /** The person's name as written (first word capitalised), or the team ("the Polaris team"). */
  person: string;
  /** Where the promise or advice starts in the sentence. */
  at: number;
};

const SUBJECT = "\\b([Yy]ou|I|[Ww]e)(?:'ll|'d|'m|'re|'ve)?";
const MODAL =
  "(?:\\s+(?:will|would|should|need to|have to|must|got to|gotta|can|could|want to|wanna|like to|love to|might want to|may want to|ought to|going to|gonna|are|am|be able to))*";
/** A promise or advice has a modal or a contracted auxiliary: "you talk to Dana" alone is no task. */
const PROMISED = /^[A-Za-z]+(?:'ll|'d|'m|'re|'ve)|\s(?:will|would|should|need|have|must|got|gotta|can|could|want|wanna|like|love|ought|going|gonna)\s/;
/** The promise inside a time or condition clause: "when you talk to Jeff", "after I speak with Dana". */
const SUBORDINATE = /\b(?:when|whenever|after|before|once|until|while|if|since|did|do|does)\s*$/i;
const ADVERB = "(?:\\s+(?:also|really|definitely|probably|just|then|first|certainly|go|go and|try to|try and|make sure to|maybe))*";
/** A person's name, or a named team: "Dana", "Dana Whitfield", "the Polaris team". */
const WHO = "(the\\s+[A-Z][A-Za-z]+(?:\\s+[A-Za-z]+)?\\s+(?:team|folks|group|guys|people)|[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)";

const TALK = new RegExp(
  `${SUBJECT}${MODAL}${ADVERB}\\s+(talk|speak|meet|chat|sync|check|connect|touch base|catch up|check in)(?:\\s+up)?\\s+(?:with|to)\\s+${WHO}`,
);
const INTRODUCE = new RegExp(
  `${SUBJECT}${MODAL}${ADVERB}\\s+(connect|introduce|intro|put)\\s+(you|you guys|him|her|them)\\s+(?:with|to|in touch with|in contact with)\\s+${WHO}`,
);
/** Raising a matter with someone: "I'll bring it up with Dana", "we should run this by Marco". */
const RAISE = new RegExp(
  `${SUBJECT}${MODAL}${ADVERB}\\s+(bring (?:it|this|that|these|those) up with|raise (?:it|this|that) with|run (?:it|this|that) (?:by|past)|discuss (?:it|this|that) with|go over (?:it|this|that) with)\\s+${WHO}`,
);
/** "… about the budget", "… on pricing": what the meeting is for, up to the next clause. */
const TOPIC = /^\s+(about|on|regarding)\s+(?!(?:it|this|that|these|those|them|everything|anything|something)\b)((?:the\s+|our\s+|their\s+|your\s+)?[A-Za-z0-9][\w'-]*(?:\s+(?!(?:and|but|so|because|if|when|I|you|we|they|he|she|it|too|also|then|now|again|first|later|today|tomorrow|next|this|soon|as)\b)[\w'-]+){0,4})/;

/** Words that start a sentence or a clause capitalised without being a name. */
const NOT_A_NAME = /^(?:I|The|This|That|Then|So|And|But|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow)$/;

/**
 * The consultation a sentence asks for or promises, or null. `isPerson` says whether a capitalised
 * word is a person known to the meeting; named teams ("the Polaris team") are always accepted.
 */
export function findConsultation(text: string, isPerson: (word: string) => boolean): Consultation | null {
  const intro = INTRODUCE.exec(text);
  const raise = intro ? null : RAISE.exec(text);
  const m = intro ?? raise ?? TALK.exec(text);
  if (!m || !PROMISED.test(m[0]) || SUBORDINATE.test(text.slice(0, m.index))) return null;
  const person = (intro ? intro[4] : m[3])!;
  const team = /^the\s/.test(person);
  if (!team && (NOT_A_NAME.test(person.split(/\s+/)[0]!) || !isPerson(person.split(/\s+/)[0]!))) return null;
  const subject = (/^i$/i.test(m[1]!) ? "I" : m[1]!.toLowerCase()) as Consultation["subject"];
  const said = m[2]!.toLowerCase();
  if (intro) {
    const whom = intro[3]!.toLowerCase();
    const verb = said === "put" || said === "intro" ? "connect" : said;
    return { subject, verb, person, at: m.index, action: `${verb} ${whom} ${verb === "introduce" ? "to" : "with"} ${person}` };
  }
  if (raise) return { subject, verb: "discuss", person, at: m.index, action: `discuss with ${person}` };
  const topic = TOPIC.exec(text.slice(m.index + m[0].length));
  const about = topic ? ` ${topic[1]} ${topic[2]}` : "";
  // Talking to someone is meeting them; checking, syncing and connecting keep their own verb.
  const verb = /^(?:talk|speak|meet|chat)$/.test(said) ? "meet" : said === "touch base" || said === "catch up" || said === "check in" ? "connect" : said;
  const action = verb === "meet" ? `meet with ${person}${about}` : `${verb} with ${person}${about}`;
  return { subject, verb, person, at: m.index, action };
}
