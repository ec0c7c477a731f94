/**
 * A promise to get in touch with someone often says, right after, what the message is: "I'll follow up
 * with Dana, I'm going to tell her thank you for the new servers" or "I'll ping him and ask him whether
 * the lab is free". That message is the task's purpose: "Follow up with Dana to thank her for the new
 * servers", "Ping him to ask whether the lab is free". Without it the task says only whom to contact.
 */

/** A task to get in touch with someone, saying whom and nothing more. */
const CONTACT = /^(?:follow up with|reach out to|ping|email|message|call|text|check in with|check with|get back to|write to)\s+(?:the\s+)?\S+(?:\s+team)?$/i;
/** The message, announced after the promise: "(I'm going to / I'll / and / to) tell him …". */
const MESSAGE =
  /(?:^|[\s,;])(?:(?:and\s+)?(?:I'm going to|I am going to|I'm gonna|I'll|I will|I want to|I'd like to)\s+|and\s+|to\s+)?(tell|ask|thank|remind|let)\s+(him|her|them)\b\s*(.*)$/i;
/** Where the message ends: the next clause or sentence. */
const CLAUSE_END = /[,;.!?]|\s(?:and (?:I|we|you|he|she|they)|but|because|so|then)\s/i;
const MAX_MESSAGE_WORDS = 9;

/**
 * The task with its message added ("… to thank him for the new VMs"), when the promise it was written
 * from says what to tell or ask; otherwise the task unchanged.
 */
export function withMessageToPass(task: string, action: string): string {
  if (!CONTACT.test(task.trim())) return task;
  const m = MESSAGE.exec(action);
  if (!m) return task;
  const pronoun = m[2]!.toLowerCase();
  const rest = m[3]!.split(CLAUSE_END)[0]!.trim();
  const message = phraseMessage(m[1]!.toLowerCase(), pronoun, rest);
  if (!message) return task;
  return `${task} to ${message}`;
}

function phraseMessage(verb: string, pronoun: string, rest: string): string | null {
  let said = rest;
  let how = verb;
  if (verb === "let") {
    // "let him know (that) …"
    const known = /^know\s+(?:that\s+|about\s+)?(.*)$/i.exec(said);
    if (!known) return null;
    how = "let " + pronoun + " know";
    said = known[1]!;
  } else if (verb === "tell") {
    // Thanks told are thanks given: "tell him thank you for the VMs" → "thank him for the VMs".
    const thanks = /^(?:thank you|thanks)\s+(for\s+.*)$/i.exec(said);
    if (thanks) {
      how = "thank " + pronoun;
      said = thanks[1]!;
    } else {
      how = "tell " + pronoun;
      said = said.replace(/^that\s+/i, "");
    }
  } else {
    how = verb + " " + pronoun;
  }
  const words = said.split(/\s+/).filter(Boolean);
  // Too little to say anything, or too much to be one message.
  if (words.length < 2 || words.length > MAX_MESSAGE_WORDS) return null;
  return `${how} ${words.join(" ")}`;
}
