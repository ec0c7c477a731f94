import type { EmailAddress, EmailMessage } from "../source-document.ts";
import { isMachineSender } from "./is-machine-sender.ts";

/** Display names that stand for a group, a list or a machine rather than a person. */
const NOT_A_PERSON =
  /\b(?:team|group|all|everyone|list|support|notifications?|no-?reply|admin|info|sales|marketing|companion|bot|calendar|alerts?|newsletter|pm)\b/i;
/** `Lior Genzel (via Google Docs)`, `Jeff Denworth (Google Docs)`: a service sending for a person. */
const ON_BEHALF = /\s*\([^)]*\)\s*$/;

/**
 * Names the thread itself gives as taking part: senders (a machine address counts only when it
 * sends on a named person's behalf, as `Name (via Google Docs)`) and named To/Cc recipients.
 * `first.last` display names become `First Last`; spelling variants that differ only in punctuation
 * (`Brandon & Priscilla Dodsworth` / `Brandon Priscilla Dodsworth`) count once.
 */
export function participantsHint(messages: readonly EmailMessage[]): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (address: EmailAddress): void => {
    const name = personName(address.name);
    if (name === null) return;
    const key = name.toLowerCase().replace(/[^\p{L}]+/gu, "");
    if (seen.has(key)) return;
    seen.add(key);
    names.push(name);
  };
  for (const message of messages) {
    const onBehalf = message.from.name !== null && ON_BEHALF.test(message.from.name);
    if (!isMachineSender(message.from) || onBehalf) add(message.from);
    message.to.forEach(add);
    message.cc.forEach(add);
  }
  return names;
}

function personName(raw: string | null): string | null {
  if (raw === null) return null;
  let name = raw.replace(ON_BEHALF, "").replace(/\s+/g, " ").trim();
  if (/^[a-z]+[._][a-z]+$/.test(name)) {
    name = name.split(/[._]/).map((part) => part[0]!.toUpperCase() + part.slice(1)).join(" ");
  }
  if (name === "" || name.includes("@") || !/\p{L}/u.test(name) || NOT_A_PERSON.test(name)) return null;
  return name;
}
