/** Words that say nothing about what a question is about. */
const STOPWORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by can could did do does doing down during each
  few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not of off on
  once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to
  too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves tell know anything something say said
  says anyone someone ever vault notes note mnemo please find show give get got latest last recent`.split(/\s+/),
);

/** The words of a question worth searching for, lower-cased, each once, in order. */
export function questionTerms(question: string): string[] {
  const words = question.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const out: string[] = [];
  for (const w of words) {
    const word = w.replace(/['’]s$/, "").replace(/['’-]+$/, "");
    if ((word.length < 3 && !/\d/.test(word)) || STOPWORDS.has(word) || out.includes(word)) continue;
    out.push(word);
  }
  return out;
}
