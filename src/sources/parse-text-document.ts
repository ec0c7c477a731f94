import type { Nodes, Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";
import type { DocumentBlock } from "./document-source.ts";
import { documentSource } from "./document-source.ts";
import type { ParseInput, ParsedSource, SourceParser } from "./source-parser.ts";

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);

/** Extensions of files that are documents when they are nothing more specific. */
const DOCUMENT_EXTENSIONS = new Set(["md", "markdown", "mdown", "txt", "text"]);

/**
 * Markdown and plain-text documents: the fallback for a `.md`/`.txt` that is not a transcript or an
 * email (its score is below every other format's). One segment per paragraph, list item, heading,
 * table row or code block; title from front matter, else the first heading, else the file name.
 */
export const textDocumentParser: SourceParser = {
  format: "text-document",
  kind: "document",

  detect({ text, fileName }: ParseInput): number {
    const ext = /\.([A-Za-z0-9]{1,10})$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
    if (!DOCUMENT_EXTENSIONS.has(ext)) return 0;
    return /\p{L}{2}/u.test(text.slice(0, 65536)) ? 0.05 : 0;
  },

  parse({ text, fileName }: ParseInput): ParsedSource {
    const tree: Root = markdown.parse(text);
    const blocks: DocumentBlock[] = [];
    let front: Record<string, unknown> = {};
    const warnings: string[] = [];
    for (const node of tree.children) {
      if (node.type === "yaml") {
        try {
          const value: unknown = parseYaml(node.value);
          if (value !== null && typeof value === "object" && !Array.isArray(value)) front = value as Record<string, unknown>;
        } catch {
          warnings.push("front matter is not valid YAML; ignored");
        }
        continue;
      }
      collectBlocks(node, blocks);
    }
    const format = /\.(?:txt|text)$/i.test(fileName) ? "text" : "markdown";
    // Plain text has no heading syntax: a short first line standing alone is the title.
    const first = tree.children.find((n) => n.type !== "yaml");
    if (format === "text" && blocks.length > 1 && first?.type === "paragraph" && blocks[0] !== undefined && isTitleLine(blocks[0].text)) {
      blocks[0] = { ...blocks[0], heading: true };
    }
    return documentSource({
      format,
      fileName,
      title: scalar(front.title),
      dateHints: [scalar(front.date), scalar(front.created)],
      blocks,
      warnings,
    });
  },
};

function collectBlocks(node: RootContent, out: DocumentBlock[]): void {
  switch (node.type) {
    case "heading":
      out.push({ text: plain(node), heading: true });
      return;
    case "paragraph":
    case "code":
      out.push({ text: plain(node) });
      return;
    case "html":
      out.push({ text: node.value.replace(/<[^>]*>/g, " ") });
      return;
    case "list":
      for (const item of node.children) {
        const own = item.children.filter((c) => c.type !== "list");
        out.push({ text: own.map(plain).join(" ") });
        for (const nested of item.children) if (nested.type === "list") collectBlocks(nested, out);
      }
      return;
    case "blockquote":
      for (const child of node.children) collectBlocks(child, out);
      return;
    case "table":
      for (const row of node.children) out.push({ text: row.children.map(plain).join(" | ") });
      return;
    default:
      return;
  }
}

/** The text of a node: text, inline code and link labels; images and markup dropped. */
function plain(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode" || node.type === "code") return node.value;
  if (node.type === "break") return " ";
  if (node.type === "html" || node.type === "image" || node.type === "imageReference") return "";
  if ("children" in node) return (node.children as Nodes[]).map(plain).join("");
  return "";
}

function isTitleLine(text: string): boolean {
  const line = text.trim();
  return line !== "" && !line.includes("\n") && line.length <= 80 && !/[.!?,;:]$/.test(line);
}

function scalar(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return String(value);
  return null;
}
