import type { EmailAddress } from "../source-document.ts";

/** `Name <a@b.c>`, or whichever half is known. */
export function formatAddress(address: EmailAddress): string {
  if (address.name && address.email) return `${address.name} <${address.email}>`;
  return address.name ?? address.email ?? "";
}
