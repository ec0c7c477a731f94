export { ChangePlan, FileOp } from "./change-plan.ts";
export { buildPlan, pagesToRead, type PlanRequest } from "./build-plan.ts";
export { advanceState } from "./advance-state.ts";
export { renderNote } from "./render-note.ts";
export { newPersonPage, updatePersonPage } from "./person-page.ts";
export type { VaultState } from "./vault-state.ts";
