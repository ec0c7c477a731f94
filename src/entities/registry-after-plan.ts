import { parse as parseYaml } from "yaml";
import type { ChangePlan } from "../plan/change-plan.ts";
import type { Registry } from "./entity-record.ts";
import { entityFromPage, type EntityFolders } from "./registry-from-pages.ts";

/**
 * The registry once a plan is applied: pages it creates or rewrites are read again from their new
 * text, so the next source in a batch resolves against them. Pure.
 */
export function registryAfterPlan(registry: Registry, plan: ChangePlan, folders: EntityFolders): Registry {
  let entities = [...registry.entities];
  for (const op of plan.ops) {
    if (op.kind === "archive-source") continue;
    const m = /^---\n([\s\S]*?)\n---\n/.exec(op.content);
    let fm: unknown = {};
    try {
      fm = m ? parseYaml(m[1]!) : {};
    } catch {
      fm = {};
    }
    const e = entityFromPage(op.path, fm && typeof fm === "object" ? (fm as Record<string, unknown>) : {}, folders);
    entities = entities.filter((x) => x.path !== op.path);
    if (e) entities.push(e);
  }
  return { entities };
}
