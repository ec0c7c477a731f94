import type { EmailAddress } from "../sources/source-document.ts";

/** True when the address is the vault owner's, by name or alias (case-insensitive) or by their address. */
export function isOwner(a: EmailAddress, owner: { ownerName: string; ownerAliases: readonly string[]; ownerEmail?: string | null | undefined }): boolean {
  const names = new Set([owner.ownerName, ...owner.ownerAliases].map((n) => n.trim().toLowerCase()));
  if (a.name && names.has(a.name.trim().toLowerCase())) return true;
  return !!(a.email && owner.ownerEmail && a.email.toLowerCase() === owner.ownerEmail.toLowerCase());
}
