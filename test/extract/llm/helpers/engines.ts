import { EngineSettings } from "../../../../src/extract/llm/engine-settings.ts";
import type { ResolvedEngine } from "../../../../src/extract/llm/resolve-engine.ts";
import { parseSourceBytes } from "../../../../src/sources/read-source.ts";
import type { SourceDocument } from "../../../../src/sources/source-document.ts";
import type { Extraction } from "../../../../src/extract/extraction.ts";

/** A resolved engine for tests: settings from `over`, key `sk-test-SECRET-1234` unless given. */
export function engine(name: ResolvedEngine["name"], over: Record<string, unknown> = {}, apiKey: string | null = "sk-test-SECRET-1234"): ResolvedEngine {
  const settings = EngineSettings.parse({ name, model: "m", ...over });
  return { name, model: settings.model!, apiKey, settings };
}

export const ctx = { ownerName: "Dana Whitfield", ownerAliases: ["Dana"] };

export const noSleep = async () => {};

export function doc(text: string, fileName = "2025-11-05 pricing.txt"): SourceDocument {
  return parseSourceBytes(new TextEncoder().encode(text), fileName);
}

export const TRANSCRIPT = `Dana Whitfield: Thanks for joining. Raj, can you send the pricing sheet by Friday?
Raj Patel: Sure, I'll send the pricing sheet by Friday. The renewal is worth 120 thousand dollars.
Dana Whitfield: We agreed to go with option B for the renewal.
`;

export function validExtraction(over: Partial<Extraction> = {}): Extraction {
  return {
    title: "Pricing review with Raj",
    date: "2025-11-05",
    note_type: "meeting",
    entity: "Northwind",
    participants: ["Dana Whitfield", "Raj Patel"],
    summary: "Raj will send the pricing sheet; option B was chosen for the renewal.",
    tasks: [{ text: "Send the pricing sheet", owner: "Raj Patel", due: "2025-11-07", priority: null }],
    decisions: ["Go with option B for the renewal."],
    facts: ["The renewal is worth $120k a year."],
    mentions: { people: ["Raj Patel"], accounts: ["Northwind"], projects: [] },
    ...over,
  };
}
