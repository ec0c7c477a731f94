import type { SourceDocument } from "../sources/source-document.ts";
import { foldName } from "./fold-name.ts";
import type { SourceNames } from "./resolve-extraction.ts";

/** The names and addresses an email thread gives for its senders and recipients (folded name → address). */
export function sourceNames(doc: SourceDocument): SourceNames {
  const emails = new Map<string, string>();
  for (const m of doc.messages) {
    for (const a of [m.from, ...m.to, ...m.cc]) {
      if (!a.email) continue;
      const address = a.email.toLowerCase();
      if (a.name && foldName(a.name) && !emails.has(foldName(a.name))) emails.set(foldName(a.name), address);
      if (!emails.has(foldName(address))) emails.set(foldName(address), address);
    }
  }
  return { kind: doc.kind, emails };
}
