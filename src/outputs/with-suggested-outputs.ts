import type { ExtractContext, Extraction } from "../extract/extraction.ts";
import type { SourceDocument } from "../sources/source-document.ts";
import { suggestOutputs } from "./suggest-outputs.ts";

type Extract = (doc: SourceDocument, ctx: ExtractContext) => Extraction | Promise<Extraction>;

/**
 * An extractor whose result always carries suggested outputs: the engine's own (a model's drafts)
 * when it gave any, else the built-in templates.
 */
export function withSuggestedOutputs(extract: Extract): Extract {
  return async (doc, ctx) => {
    const x = await extract(doc, ctx);
    if (x.suggested_outputs?.length) return x;
    return { ...x, suggested_outputs: suggestOutputs(doc, x, ctx) };
  };
}
