/** Context windows of well-known hosted models, by name prefix, for when config gives none. */
const KNOWN: Array<[RegExp, number]> = [
  [/^gpt-4\.1/, 1_047_576],
  [/^gpt-5/, 400_000],
  [/^(o1|o3|o4)/, 200_000],
  [/^(gpt-4o|chatgpt-4o|gpt-4-turbo)/, 128_000],
  [/^gpt-4(?!o|\.)/, 8_192],
  [/^gpt-3\.5/, 16_385],
  [/^claude-/, 200_000],
];

/** The known context window of a hosted model, or null when unknown. */
export function knownContextTokens(model: string): number | null {
  const name = model.toLowerCase().replace(/^.*\//, "");
  return KNOWN.find(([re]) => re.test(name))?.[1] ?? null;
}
