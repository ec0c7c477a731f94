import type { EmailAddress } from "../source-document.ts";

const WORD = /^\p{Lu}[\p{L}\p{M}'’-]+$/u;

/**
 * Repairs Outlook's unquoted `Last, First <email>` that a comma split cut in two, as quoted header
 * blocks print it (`To: Chen, Mei <mei.chen@x.com>` → `Chen` and `Mei <mei.chen@x.com>`): a lone
 * one-word name without address followed by a one-word name with an address becomes
 * `First Last <email>`. Other lists are returned as they are.
 */
export function joinSplitNames(addresses: readonly EmailAddress[]): EmailAddress[] {
  const out: EmailAddress[] = [];
  for (let i = 0; i < addresses.length; i++) {
    const last = addresses[i]!;
    const first = addresses[i + 1];
    if (last.email === null && last.name !== null && WORD.test(last.name) && first?.email && first.name !== null && WORD.test(first.name)) {
      out.push({ name: `${first.name} ${last.name}`, email: first.email });
      i++;
      continue;
    }
    out.push(last);
  }
  return out;
}
