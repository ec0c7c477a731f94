import type { VaultConfig } from "../vault/config.ts";
import type { ChangePlan } from "./change-plan.ts";
import type { VaultState } from "./vault-state.ts";

/**
 * The vault state after `plan` is applied, computed without reading the disk, so that the next
 * source in a batch (or in a dry run, where nothing is written) is planned against it.
 */
export function advanceState(state: VaultState, plan: ChangePlan, config: VaultConfig, inboxRel: string | null): VaultState {
  if (plan.outcome === "duplicate") return state;
  const paths = new Set(state.paths);
  const ingested = new Map(state.ingested);
  const people = new Map(state.people);
  const files = new Map(state.files);
  for (const op of plan.ops) {
    if (op.kind === "archive-source") {
      paths.add(op.to);
      if (op.mode === "move" && inboxRel !== null) paths.delete(inboxRel);
      continue;
    }
    paths.add(op.path);
    files.set(op.path, op.content);
    const peopleDir = `${config.folders.people}/`;
    if (op.kind === "create-file" && op.path.startsWith(peopleDir)) {
      const name = op.path.slice(peopleDir.length).replace(/\.md$/, "");
      if (!people.has(name.toLowerCase())) people.set(name.toLowerCase(), op.path);
    }
  }
  if (plan.note) {
    ingested.set(plan.source.contentHash, plan.note);
    if (plan.source.textHash) ingested.set(plan.source.textHash, plan.note);
  }
  return { paths, ingested, people, files };
}
