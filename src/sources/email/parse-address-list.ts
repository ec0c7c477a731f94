import type { EmailAddress } from "../source-document.ts";
import { joinSplitNames } from "./join-split-names.ts";
import { parseAddress } from "./parse-address.ts";

/**
 * Splits a `To:`/`Cc:` value into addresses. Separators are `;` and `,` outside quotes and angle
 * brackets, so `"Doe, Jane" <j@x.com>; Bob <b@x.com>` gives two addresses, and Outlook's unquoted
 * `Chen, Mei <mei@x.com>` gives one (see joinSplitNames).
 */
export function parseAddressList(raw: string): EmailAddress[] {
  const parts: string[] = [];
  let current = "";
  let inQuotes = false;
  let inAngle = false;
  for (const ch of raw) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === "<" && !inQuotes) inAngle = true;
    else if (ch === ">" && !inQuotes) inAngle = false;
    if ((ch === ";" || ch === ",") && !inQuotes && !inAngle) {
      parts.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return joinSplitNames(parts.map((part) => parseAddress(part)).filter((address) => address.name !== null || address.email !== null));
}
