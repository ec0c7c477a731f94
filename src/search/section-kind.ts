import type { PassageKind } from "./passage.ts";

/** The headings Mnemo writes (render-note.ts), and close variants people type, by section kind. */
const KINDS: [RegExp, PassageKind][] = [
  [/^(summary|overview|tl;?dr)$/i, "summary"],
  [/^(action items?|tasks?|to-?dos?|next steps|follow-?ups?)$/i, "tasks"],
  [/^decisions?( made)?$/i, "decisions"],
  [/^(key (information|facts|points)|facts|notes)$/i, "facts"],
];

/** Which kind of passage a `##` section holds, from its heading. */
export function sectionKind(heading: string): PassageKind {
  const h = heading.trim();
  for (const [re, kind] of KINDS) if (re.test(h)) return kind;
  return "body";
}
