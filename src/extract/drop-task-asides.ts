import { ACTION_VERBS } from "./action-verbs.ts";

/**
 * Talk inside a spoken verb phrase that a written task leaves out, on the lower-case phrase before
 * it is cut to its first clause; the verb, its object, names and numbers stay:
 * - the hedge that frames what is to be checked: "verify it is possible that there will be some
 *   limits around …" → "verify limits around …";
 * - "like" as a pause after a preposition: "around like V-net crossing";
 * - asides at the end: "as a follow up", "for example";
 * - the colloquial tag after a name: "Billy the Google guy" → "Billy";
 * - a noun phrase begun again: "the UK met the vast UK met office team" → "the vast UK met office team";
 * - the same people named again without a comma: "the office team the people who did the RFP" → "the office team";
 * - a second clause with its own subject: "… and the proxy for that was …", "… once you have a
 *   conversation", "… and happy to …", "…, so that'll be great";
 * and "after I talk to Jeff" keeps the order of steps as "after talking to Jeff".
 */
export function dropTaskAsides(action: string): string {
  let t = action;
  // "verify (that) it is possible that there will be some X" → "verify X".
  t = t.replace(
    /^(\s*(?:verify|check|confirm|validate|find out|figure out|see|ask|test)\s+)(?:(?:just|that|whether|if)\s+)*(?:(?:it is|it's|it was) (?:possible|likely|probable|true) that\s+)?(?:there (?:will|would|might|may|could) be|there (?:is|are|was|were)|there's)\s+(?:(?:some|any|a few|many)\s+)?/i,
    "$1",
  );
  t = t.replace(/^(\s*[a-z]+(?:\s+(?:out|up))?\s+)(?:just\s+)?(?:it is|it's) (?:possible|likely|probable) that\s+/i, "$1whether ");
  // "around like V-net crossing": "like" after a preposition is a pause, not a comparison.
  t = t.replace(/\b(around|about|with|for|on|in|into|of|from|at|through|over)\s+like,?\s+(?=[\w"'])/gi, "$1 ");
  // "Billy Google guy", "Billy, the technical guy": the name says who; the colloquial tag goes.
  t = t.replace(/\b([A-Z][a-z]+),?\s+(?:(?:the|our|their)\s+)?[A-Za-z][\w-]*\s+(?:guy|gal|dude|fellow)\b(?!\s+(?:who|that|which|whom)\b)/g, "$1");
  // A noun phrase begun again: "the UK met the vast UK met office team" is "the vast UK met office team".
  t = t.replace(/\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?([\w-]+\s+[\w-]+)\s+((?:the|a|an)\s+(?:[\w-]+\s+){0,2}?\1)\b/gi, "$2");
  // "the UK office team the people who did the RFP": a second naming of the same people, said without a comma.
  t = t.replace(/\b([a-z]+)\s+the\s+(?:people|person|folks|guys?)\s+(?:who|that)\b.*$/i, (all, head: string) =>
    NOT_A_NOUN.test(head) || ACTION_VERBS.has(head.toLowerCase()) ? all : head,
  );
  // Asides that close the phrase or a clause of it.
  t = t.replace(/,?\s+(?:as a follow[- ]?up|as an example|for example|for instance|in a second|in a sec|if (?:possible|needed|necessary|that works|you want))\b(?=\s*(?:[,.;!?]|$))/gi, "");
  // A second clause with its own subject: "and the proxy for that was …", "and this is …".
  const runOn = /\s+(?:and|but)\s+(?:(?:the|this|that|these|those|its|their|his|her|our)\s+)?(?:[\w'-]+\s+){0,4}?(?:was|were|is|are|has been|had been)\b/i.exec(t);
  const head = runOn ? t.slice(0, runOn.index) : "";
  if (runOn && head.trim().split(/\s+/).length >= 4 && !/\b(?:whether|if|that|how|what|which|when|where|why|both|between)\b/i.test(head)) t = head;
  // A comment on the action after a comma: "meet him, so that'll be great".
  t = t.replace(/\s*,\s*(?:(?:so|and|but)\s+)?(?:that|it|this)(?:'ll|'s|'d| will| is| would)\b.*$/i, "");
  // "after I talk to Jeff" → "after talking to Jeff": the order of steps stays, the subject goes.
  t = t.replace(/\b(after|before)\s+(?:I|we)\s+(?:(?:have|had)\s+)?([a-z]+)\b/gi, (all, conj: string, verb: string) =>
    ACTION_VERBS.has(verb.toLowerCase()) || /^(?:talk|speak|hear|sync|meet)$/i.test(verb) ? `${conj} ${gerund(verb.toLowerCase())}` : all,
  );
  // A time clause with its own subject ("like once you have a conversation") or a remark ("and happy to …").
  const tail = /\s+(?:like\s+)?(?:once|until|as soon as|after|before)\s+(?:I|you|we|they|he|she|it)\b|\s+and\s+(?:I'm\s+|I am\s+)?(?:happy|glad|keen|excited)\s+to\b/i.exec(t);
  if (tail && t.slice(0, tail.index).trim().split(/\s+/).length >= 2) t = t.slice(0, tail.index);
  return t;
}

/** Words after which "the people who …" is an object, not a second naming: prepositions, conjunctions, verbs. */
const NOT_A_NOUN = /^(?:with|to|for|from|about|of|on|in|at|by|into|onto|and|or|but|than|like|is|are|was|were|be|meet|find|know|see|tell|introduce|thank|include)$/i;

/** "talk" → "talking", "make" → "making", "get" → "getting": the -ing form of a base verb. */
function gerund(verb: string): string {
  if (/ie$/.test(verb)) return `${verb.slice(0, -2)}ying`;
  if (/[^aeiou]e$/.test(verb) && verb !== "be") return `${verb.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) return `${verb}${verb.at(-1)}ing`;
  return `${verb}ing`;
}

/**
 * A task still long after its first clause loses its purpose clause: "get RDMA between the nodes to
 * establish the cluster and to have lower latency" → "get RDMA between the nodes".
 */
export function dropPurposeOfLongTask(task: string): string {
  if (task.trim().split(/\s+/).length <= 12) return task;
  // Not the infinitive a verb takes: "how many we need to get to exabyte scale".
  const purpose = /(?<!\b(?:need|needs|want|wants|have|has|had|going|able|trying|how|what|where|used|like|love|plan|plans|hope)\s*)\s(?:in order )?to\s+(?:have|establish|make|ensure|enable|allow|help|get|give|keep|avoid|see|understand|show|prove|support|achieve|reach|improve|reduce|increase|cover)\b/i.exec(task);
  return purpose && task.slice(0, purpose.index).trim().split(/\s+/).length >= 4 ? task.slice(0, purpose.index) : task;
}
