import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);

/**
 * Parses Markdown to read structure and source offsets only. Mnemo never re-stringifies a user's
 * file (remark would change bullets and escapes): edits splice the original text at node offsets.
 */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
