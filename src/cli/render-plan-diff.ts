import { createTwoFilesPatch } from "diff";
import type { ChangePlan } from "../plan/change-plan.ts";

/** A plan as a person reads it before saying yes: a unified diff per file, and each source move. */
export function renderPlanDiff(plan: ChangePlan, current: ReadonlyMap<string, string>): string {
  const out: string[] = [];
  for (const op of plan.ops) {
    if (op.kind === "create-file") {
      out.push(createTwoFilesPatch("/dev/null", `b/${op.path}`, "", op.content, "", "", { context: 3 }));
    } else if (op.kind === "update-file") {
      out.push(createTwoFilesPatch(`a/${op.path}`, `b/${op.path}`, current.get(op.path) ?? "", op.content, "", "", { context: 3 }));
    } else {
      out.push(`${op.mode === "move" ? "move" : "copy"} ${op.from} → ${op.to}\n`);
    }
  }
  return out.join("\n");
}
