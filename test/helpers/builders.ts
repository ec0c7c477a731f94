import type { Extraction } from "../../src/extract/extraction.ts";
import type { PlanRequest } from "../../src/plan/build-plan.ts";
import type { VaultState } from "../../src/plan/vault-state.ts";
import { VaultConfig } from "../../src/vault/config.ts";

export const config: VaultConfig = VaultConfig.parse({ owner: { name: "Dana Whitfield", aliases: ["Dana"] } });

export function extraction(over: Partial<Extraction> = {}): Extraction {
  return {
    title: "Pricing review with Raj",
    date: "2025-11-05",
    note_type: "meeting",
    entity: null,
    participants: ["Dana Whitfield", "Raj Patel"],
    summary: "Raj Patel walked through the Q4 pricing sheet.",
    tasks: [{ text: "Send the pricing sheet", owner: "Raj Patel", due: "2025-11-07", priority: null }],
    decisions: ["Go with option B for the renewal."],
    facts: ["The renewal is worth $120k a year."],
    mentions: { people: [], accounts: [], projects: [] },
    ...over,
  };
}

export function request(over: Partial<Extraction> = {}, source: Partial<PlanRequest["source"]> = {}): PlanRequest {
  return {
    source: { fileName: "pricing.vtt", contentHash: "a".repeat(64), kind: "transcript", path: "/inbox/pricing.vtt", mode: "move", ...source },
    extraction: extraction(over),
    config,
  };
}

export function state(files: Record<string, string> = {}, over: Partial<VaultState> = {}): VaultState {
  return { paths: new Set(Object.keys(files)), ingested: new Map(), people: new Map(), files: new Map(Object.entries(files)), ...over };
}
