export { VaultConfig, CONFIG_FILE, CONFIG_DIR } from "./config.ts";
export { loadConfig, parseConfigText } from "./load-config.ts";
export { initVault } from "./init-vault.ts";
export { findVault } from "./find-vault.ts";
export { readVaultState, readFrontmatter } from "./read-vault-state.ts";
export { applyPlan, StalePlanError } from "./apply-plan.ts";
export { writeAtomic } from "./write-atomic.ts";
export { VaultError } from "./vault-error.ts";
