import { doubleMetaphone } from "double-metaphone";

const cache = new Map<string, readonly [string, string]>();

function codes(token: string): readonly [string, string] {
  let c = cache.get(token);
  if (!c) {
    c = doubleMetaphone(token);
    cache.set(token, c);
  }
  return c;
}

/** True when two name tokens have a double-metaphone code in common (`Hagey`/`Hagay`, `Jonsi`/`Yonsi`). */
export function soundsAlike(a: string, b: string): boolean {
  const [a1, a2] = codes(a);
  const [b1, b2] = codes(b);
  if (!a1 || !b1) return false;
  return a1 === b1 || a1 === b2 || a2 === b1 || (a2 !== "" && a2 === b2);
}

/** Sounds alike, or one's code begins the other's (3+ sounds): `Koncha` (KNX) and `Kanchan` (KNXN). */
export function soundsClose(a: string, b: string): boolean {
  if (soundsAlike(a, b)) return true;
  const [a1] = codes(a);
  const [b1] = codes(b);
  const [short, long] = a1.length <= b1.length ? [a1, b1] : [b1, a1];
  return short.length >= 3 && long.startsWith(short);
}
