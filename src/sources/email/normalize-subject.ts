/** Reply and forward prefixes in the languages mail clients write them (`Re:`, `RE[2]:`, `AW:`, `Fwd:`, `TR:`). */
const PREFIX = /^\s*(?:re|aw|sv|vs|antw|ref|rif|r|fw|fwd|wg|tr|enc|rv|doorst)(?:\s*\[\d+\]|\s*\(\d+\))?\s*:\s*/i;
/** A mailing-list tag in front of the subject: `[team] `. */
const LIST_TAG = /^\s*\[[^\]]{1,40}\]\s*/;

/** True when a subject starts with a reply or forward prefix. */
export function isReplySubject(subject: string | null): boolean {
  return subject !== null && PREFIX.test(subject.replace(LIST_TAG, ""));
}

/** The subject without reply/forward prefixes (repeated), with spaces collapsed: `Re: Fwd: Plan` → `Plan`. */
export function stripSubjectPrefixes(subject: string): string {
  let text = subject.trim();
  for (;;) {
    const next = text.replace(PREFIX, "");
    if (next === text) break;
    text = next;
  }
  return text.replace(/\s+/g, " ").trim();
}

/** The key threads are grouped by: no prefixes, no list tag, case and spacing folded. Empty for no subject. */
export function normalizeSubject(subject: string | null): string {
  if (subject === null) return "";
  let text = subject;
  for (;;) {
    const next = stripSubjectPrefixes(text.replace(LIST_TAG, ""));
    if (next === text) break;
    text = next;
  }
  return text.toLowerCase();
}
