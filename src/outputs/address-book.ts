import { parse as parseYaml } from "yaml";
import type { VaultState } from "../plan/vault-state.ts";
import type { EmailAddress } from "../sources/source-document.ts";
import type { MailAddress, OutboxThread } from "./outbox-thread.ts";

const ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/**
 * Finds a person's address by name: first the `email` in their page's frontmatter (the vault's
 * word), then the addresses the email thread shows for that name. Pure: the pages' text comes
 * from `state.files` (planning reads every participant's page).
 */
export function addressBook(state: VaultState, thread: OutboxThread | null): (name: string) => MailAddress | null {
  const seen: EmailAddress[] = thread ? thread.messages.flatMap((m) => [m.from, ...m.to, ...m.cc]) : [];
  return (name) => {
    const key = name.trim().toLowerCase();
    if (ADDRESS.test(key)) {
      const known = seen.find((a) => a.email?.toLowerCase() === key);
      return { name: known?.name ?? null, email: name.trim() };
    }
    const page = state.people.get(key);
    const text = page === undefined ? undefined : state.files.get(page);
    const fromPage = text === undefined ? null : pageEmail(text);
    if (fromPage) return { name: name.trim(), email: fromPage };
    const inThread = seen.find((a) => a.email && a.name?.trim().toLowerCase() === key);
    return inThread?.email ? { name: inThread.name ?? name.trim(), email: inThread.email } : null;
  };
}

/** The `email` (or first of `emails`) in a person page's frontmatter, when it is an address. */
export function pageEmail(text: string): string | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) return null;
  let fm: unknown;
  try {
    fm = parseYaml(m[1]!);
  } catch {
    return null;
  }
  if (!fm || typeof fm !== "object") return null;
  const record = fm as Record<string, unknown>;
  const values = [record.email, record.emails].flat();
  const first = values.find((v): v is string => typeof v === "string" && ADDRESS.test(v.trim()));
  return first?.trim() ?? null;
}
