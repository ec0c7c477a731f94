import type { EmailAddress } from "../source-document.ts";

const ANGLE = /^(.*?)<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/;
const BARE_EMAIL = /^[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+$/;

/**
 * Reads one address as mail clients print it: `Name <a@b.c>`, `"Last, First" <a@b.c>`, `a@b.c`,
 * `<a@b.c>` or a bare display name. A display name that only repeats the address becomes null.
 */
export function parseAddress(raw: string): EmailAddress {
  const text = raw.replace(/[\u00a0\u202f]/g, " ").trim();
  if (text === "") return { name: null, email: null };
  const angled = ANGLE.exec(text);
  if (angled) {
    const email = angled[2]!.replace(/^mailto:/i, "").toLowerCase();
    return { name: cleanName(angled[1]!, email), email };
  }
  const bare = text.replace(/^mailto:/i, "");
  if (BARE_EMAIL.test(bare)) return { name: null, email: bare.toLowerCase() };
  return { name: cleanName(text, null), email: null };
}

function cleanName(raw: string, email: string | null): string | null {
  let name = raw.trim().replace(/^["'“”‘’]+|["'“”‘’]+$/g, "").trim();
  name = name.replace(/\s+/g, " ").replace(/[,;:]+$/, "").trim();
  if (name === "") return null;
  if (email !== null && name.toLowerCase() === email) return null;
  if (/^<?[^\s<>@]+@[^\s<>@]+>?$/.test(name)) return null;
  return name;
}
