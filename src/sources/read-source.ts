import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { decodeTextDetailed } from "./decode-text.ts";
import { detectFormat } from "./detect-format.ts";
import { SourceDocument } from "./source-document.ts";
import { SourceError } from "./source-error.ts";

/** Outcome of reading one inbox file, for callers that report failures instead of stopping. */
export type SourceResult =
  | { ok: true; fileName: string; document: SourceDocument }
  | { ok: false; fileName: string; error: SourceError };

/**
 * One input file's bytes as a validated SourceDocument: decode → detect the format → parse → add
 * the file name and sha256 content hash. Throws `SourceError` for inputs Mnemo cannot read.
 */
export function parseSourceBytes(bytes: Uint8Array, fileName: string): SourceDocument {
  const name = basename(fileName);
  const { text, encoding } = decodeTextDetailed(bytes, name);
  const input = { text, fileName: name };
  const parser = detectFormat(input);
  if (parser === null) {
    const ext = /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1];
    throw new SourceError("unrecognised", `not a transcript or email format Mnemo reads (${ext === undefined ? "no extension" : `.${ext.toLowerCase()}`})`);
  }
  const parsed = parser.parse(input);
  const warnings = [...parsed.warnings];
  if (encoding === "windows-1252") warnings.unshift("not valid UTF-8; read as Windows-1252");
  return SourceDocument.parse({
    ...parsed,
    fileName: name,
    contentHash: createHash("sha256").update(bytes).digest("hex"),
    warnings,
  });
}

/** Reads and parses one file; file-system failures become `SourceError` "unreadable". */
export async function readSource(path: string): Promise<SourceDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new SourceError("unreadable", `cannot read ${basename(path)}: ${fsReason(error)}`);
  }
  return parseSourceBytes(bytes, basename(path));
}

/** `readSource` that returns failures as values; errors other than `SourceError` are bugs and still throw. */
export async function readSourceResult(path: string): Promise<SourceResult> {
  const fileName = basename(path);
  try {
    return { ok: true, fileName, document: await readSource(path) };
  } catch (error) {
    if (error instanceof SourceError) return { ok: false, fileName, error };
    throw error;
  }
}

function fsReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "it is a folder, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    default:
      return error instanceof Error ? error.message.split("\n")[0] ?? "unknown error" : String(error);
  }
}
