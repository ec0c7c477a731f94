import type { Priority } from "../extract/extraction.ts";
import type { TaskStatusKind } from "./task-format.ts";
import type { Task } from "./task.ts";

/** A task where it lives in the vault, with the values commands filter, sort and print. */
export type VaultTask = {
  readonly task: Task;
  /** The id shown and accepted by commands (block id, 🆔 id, or derived). */
  readonly id: string;
  /** The id derived from path and text, accepted too, and written as the block id on first change. */
  readonly derivedId: string;
  /** Vault-relative path with `/` separators. */
  readonly file: string;
  /** 0-based line number in the file. */
  readonly lineIndex: number;
  readonly status: TaskStatusKind;
  readonly text: string;
  readonly owner: string | null;
  readonly due: string | null;
  readonly priority: Priority | null;
  readonly tags: readonly string[];
};
