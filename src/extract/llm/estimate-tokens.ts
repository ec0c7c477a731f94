/**
 * A tokenizer-free estimate of how many tokens a text costs a typical BPE model (GPT-4o, Claude,
 * Llama 3 vocabularies): about one token per short word, one more for every further 5 letters, one per
 * 3 digits and one per punctuation mark. Used for cloud models, whose tokenizers Mnemo does not ship.
 */
export function estimateTokens(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\p{L}+|\p{N}+|[^\s\p{L}\p{N}]/gu)) {
    const s = m[0];
    if (/^\p{L}/u.test(s)) n += 1 + Math.floor(Math.max(0, s.length - 3) / 5);
    else if (/^\p{N}/u.test(s)) n += Math.ceil(s.length / 3);
    else n += 1;
  }
  return n;
}
