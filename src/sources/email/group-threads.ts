import { isReplySubject, normalizeSubject } from "./normalize-subject.ts";

/** What grouping looks at in each message. */
export type ThreadKey = {
  messageId: string | null;
  inReplyTo: string | null;
  references: readonly string[];
  subject: string | null;
};

/**
 * Groups messages into threads, as index lists in file order (threads ordered by their first
 * message). Messages that share a Message-ID through `References`/`In-Reply-To` (also through a
 * parent missing from the file) are one thread. A reply without such headers (`Re: Offsite`, as some
 * clients send) joins the first message of the same normalised subject; two mails that merely share
 * a subject and are no reply ("Weekly digest") stay apart.
 */
export function groupThreads(keys: readonly ThreadKey[]): number[][] {
  const parent = keys.map((_key, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const byId = new Map<string, number>();
  keys.forEach((key, index) => {
    const ids = [key.messageId, key.inReplyTo, ...key.references].filter((id): id is string => id !== null);
    for (const id of ids) {
      const seen = byId.get(id);
      if (seen === undefined) byId.set(id, index);
      else union(seen, index);
    }
  });

  const unlinkedReply = (key: ThreadKey): boolean =>
    key.inReplyTo === null && key.references.length === 0 && isReplySubject(key.subject);
  const bySubject = new Map<string, number>();
  keys.forEach((key, index) => {
    const subject = normalizeSubject(key.subject);
    if (subject === "") return;
    const earlier = bySubject.get(subject);
    if (earlier === undefined) bySubject.set(subject, index);
    else if (unlinkedReply(key) || unlinkedReply(keys[earlier]!)) union(earlier, index);
  });

  const threads = new Map<number, number[]>();
  keys.forEach((_key, index) => {
    const root = find(index);
    const thread = threads.get(root) ?? [];
    thread.push(index);
    threads.set(root, thread);
  });
  return [...threads.values()].sort((a, b) => a[0]! - b[0]!);
}
