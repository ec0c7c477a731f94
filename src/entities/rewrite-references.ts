import { foldName } from "./fold-name.ts";

/** How a page is referred to: its link target (file name or path without `.md`) and its name. */
export type PageRef = { path: string; name: string };

const LINK = /(!?)\[\[([^\]|#^]+)([#^][^\]|]*)?(\|[^\]]*)?\]\]/g;

/**
 * Points every reference to `from` at `to`: `[[From]]`, `[[Folder/From|shown]]`, `[[From#Heading]]`,
 * task owners `@From Name`, and frontmatter values naming it (`entity:`, `person:`, list items such
 * as participants). Display text after `|` is kept. Whole names only: `[[From Name 2]]` is another page.
 */
export function rewriteReferences(text: string, from: PageRef, to: PageRef): string {
  const fromTargets = new Set([baseName(from.path), from.path.replace(/\.md$/, ""), from.name].map(foldName));
  const target = baseName(to.path);
  let out = text.replace(LINK, (m, bang: string, t: string, sub: string | undefined, shown: string | undefined) =>
    fromTargets.has(foldName(t.trim())) && !/\.(?!md$)[a-z0-9]+$/i.test(t.trim()) ? `${bang}[[${target}${sub ?? ""}${shown ?? ""}]]` : m,
  );
  const esc = from.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  out = out.replace(new RegExp(`(^|\\s)@${esc}(?![\\p{L}\\p{N}_])`, "gmu"), `$1@${to.name}`);
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(out);
  if (fm) {
    const yaml = fm[1]!.replace(new RegExp(`^(\\s*-\\s+|\\s*(?:entity|person|account|project|title):\\s+)(['"]?)${esc}\\2\\s*$`, "gmu"), (_m, lead: string) => `${lead}${to.name}`);
    out = `---\n${yaml}\n---\n${out.slice(fm[0].length)}`;
  }
  return out;
}

function baseName(p: string): string {
  return p.split("/").pop()!.replace(/\.md$/, "");
}
