import { doubleMetaphone } from "double-metaphone";

const codes = new Map<string, string>();

function code(word: string): string {
  let c = codes.get(word);
  if (c === undefined) codes.set(word, (c = doubleMetaphone(word)[0]));
  return c;
}

/**
 * True when two words are one name spelled two ways by a transcriber ("Vaast" and "VAST", "Luster"
 * and "Lustre"): they sound the same (same double-metaphone code) and differ by at most one edit
 * (a letter added, dropped, changed or two swapped), ignoring case. Only names vary this way: a
 * transcriber spells common words one way, so two lower-case words ("data", "date") are never variants.
 */
export function spellingVariants(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 4) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if ((a === x && b === y) || x === y || !/^[a-z]+$/.test(x) || !/^[a-z]+$/.test(y)) return false;
  return code(x) === code(y) && withinOneEdit(x, y);
}

/** Optimal string alignment distance <= 1. */
function withinOneEdit(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (x.slice(i + 1) === y.slice(i + 1)) return true;
    return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.slice(i) === long.slice(i + 1);
}
