/**
 * Quantities as a note writes them: spoken number words become digits ("two and a half weeks" →
 * "2.5 weeks"), storage units their symbols ("one terabyte per second" → "1 TB/s") and spoken
 * approximations a tilde ("about 40 nodes" → "~40 nodes"). Everything else is left as it is.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12 };

const NUMBER_WORD = new RegExp(`^(?:${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)].join("|")})$`, "i");
const WORD_RUN = /[A-Za-z]+(?:-[A-Za-z]+)*/g;

/** What follows a lone "one" when it is a count ("one week"), not a pronoun ("the one that"). */
const COUNTED =
  /^\s*(?:(?:more|extra|additional|single|full|new|big|small|large|whole|other)\s+)?(?:second|minute|hour|day|week|month|quarter|year|node|rack|cluster|site|region|customer|person|engineer|developer|release|gpu|server|vm|terabyte|petabyte|gigabyte|exabyte|gig|gigabit|percent|dollar|data center|datacenter|pod|team|drive|box|core)s?\b/i;

/** The value of a run of number words ("two hundred and fifty", "a half" excluded), or null. */
function valueOf(tokens: string[]): number | null {
  let total = 0;
  let current = 0;
  for (const t of tokens) {
    if (t === "a" || t === "and") continue;
    if (t in UNITS) current += UNITS[t]!;
    else if (t in TENS) current += TENS[t]!;
    else if (t in SCALES) {
      const scale = SCALES[t]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else return null;
  }
  return total + current;
}

function format(n: number): string {
  if (n >= 1e9 && n % 1e8 === 0) return `${n / 1e9}B`;
  if (n >= 1e6 && n % 1e5 === 0) return `${n / 1e6}M`;
  if (n >= 10000 && n % 1000 === 0) return `${n / 1000}K`;
  return String(n);
}

/** Spoken numbers as digits; a lone "one" only when it counts something ("one week", not "one of"). */
export function digitsForNumberWords(text: string): string {
  const words = [...text.matchAll(WORD_RUN)].map((m) => ({ word: m[0], lower: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
  let out = "";
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const parts = (w: { lower: string }) => w.lower.split("-");
    if (!parts(words[i]!).every((p) => NUMBER_WORD.test(p))) continue;
    // Extend the run over number words, inner "and" (before a number word) and a leading "a" (a hundred).
    let j = i;
    const tokens = [...parts(words[i]!)];
    while (j + 1 < words.length && /^\s+$|^-$/.test(text.slice(words[j]!.end, words[j + 1]!.start))) {
      const next = words[j + 1]!;
      if (parts(next).every((p) => NUMBER_WORD.test(p))) tokens.push(...parts(next));
      else if (next.lower === "and" && j + 2 < words.length && parts(words[j + 2]!).every((p) => NUMBER_WORD.test(p)) && tokens.some((t) => t in SCALES)) tokens.push("and");
      else break;
      j++;
    }
    if (tokens.at(-1) === "and") {
      tokens.pop();
      j--;
    }
    let start = words[i]!.start;
    // "80 million" → "80M": a scale word right after digits scales them.
    const digits = /(\d[\d,.]*)\s+$/.exec(text.slice(at, start));
    if (digits && tokens.length === 1 && /^(?:thousand|million|billion|trillion)$/.test(tokens[0]!)) {
      out += text.slice(at, start - digits[0].length) + digits[1] + { thousand: "K", million: "M", billion: "B", trillion: "T" }[tokens[0] as "million"];
      at = words[j]!.end;
      i = j;
      continue;
    }
    if (i > 0 && words[i - 1]!.lower === "a" && /^(?:hundred|thousand|million|billion)$/.test(tokens[0]!) && /^\s+$/.test(text.slice(words[i - 1]!.end, start))) start = words[i - 1]!.start;
    let end = words[j]!.end;
    let value = valueOf(tokens);
    if (value === null) continue;
    const rest = text.slice(end);
    const half = /^ and a half\b/i.exec(rest);
    if (half) {
      value += 0.5;
      end += half[0].length;
    }
    if (tokens.length === 1 && tokens[0] === "one" && !half) {
      const before = text.slice(0, start);
      if (!COUNTED.test(rest) || /\b(?:the|that|this|which|each|every|any|no)\s+$/i.test(before)) {
        i = j;
        continue;
      }
    }
    out += text.slice(at, start) + format(value);
    at = end;
    i = j;
  }
  return out + text.slice(at);
}

const BYTE_UNITS: ReadonlyArray<[RegExp, string]> = [
  [/\b(\d[\d,.]*[KMB]?)\s*(?:exabytes?|exabyte)\b/gi, "$1 EB"],
  [/\b(\d[\d,.]*[KMB]?)\s*(?:petabytes?|petabyte|peta\s?bytes?)\b/gi, "$1 PB"],
  [/\b(\d[\d,.]*[KMB]?)\s*(?:terabytes?|terabyte|tera\s?bytes?)\b/gi, "$1 TB"],
  [/\b(\d[\d,.]*[KMB]?)\s*(?:gigabytes?|gigabyte|giga\s?bytes?)\b/gi, "$1 GB"],
  [/\b(\d[\d,.]*[KMB]?)\s*(?:gigabits? per second|gigabits?)\b/gi, "$1 Gbps"],
  [/\b(\d[\d,.]*[KMB]?)\s*(?:terabits? per second|terabits?)\b/gi, "$1 Tbps"],
  [/\b(\d[\d,.]*[KMB]? [EPTG]B) (?:per second|a second)\b/g, "$1/s"],
  [/\b(\d[\d,.]*)\s*(?:percent|per cent)\b/gi, "$1%"],
];

/** Spoken approximation before a number: "about 40" → "~40". */
const APPROX = /\b(?:about|around|roughly|approximately|maybe|something like|close to|circa)\s+(?=\d)/gi;

/**
 * A spoken range as a note writes it: "between 1 and 500 databases" → "1–500 databases", "40, 45
 * people" / "40 or 45 people" / "40 to 45 people" → "40–45 people". Only a rising pair of plain
 * numbers whose second has at most as many digits plus one (not "5, 2024") is read as a range; after
 * a comma the pair must be followed by a word or a unit, so a list of numbers stays a list.
 */
export function writeRanges(text: string): string {
  const rising = (a: string, b: string) => Number(a) < Number(b) && b.length <= a.length + 1;
  return text
    .replace(/\b(?:(?:somewhere|anywhere)\s+)?between\s+(\d+(?:\.\d+)?)\s+and\s+(\d+(?:\.\d+)?)\b/gi, (m, a: string, b: string) => (Number(a) < Number(b) ? `${a}–${b}` : m))
    .replace(/(?<![\d.,–-]|\d,\s|\d\s)\b(\d+(?:\.\d+)?)(?:,| or| to)\s+(\d+(?:\.\d+)?)(?=%|\s+[A-Za-z])(?![\d,.]*\s*(?:,|or|and)\s*\d)/g, (m, a: string, b: string) =>
      rising(a, b) ? `${a}–${b}` : m,
    );
}

/** Numbers, units, ranges and approximations in note style (see the module comment). */
export function writeQuantities(text: string): string {
  let t = digitsForNumberWords(text);
  for (const [re, rep] of BYTE_UNITS) t = t.replace(re, rep);
  return writeRanges(t).replace(APPROX, "~");
}
