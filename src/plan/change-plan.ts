import { z } from "zod";

const VaultPath = z.string().min(1).refine((p) => !p.startsWith("/") && !p.split("/").includes(".."), {
  message: "must be a path inside the vault",
});
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** Write a file that must not exist yet. */
export const CreateFile = z.object({ kind: z.literal("create-file"), path: VaultPath, content: z.string() });
/** Replace a file whose current content must still hash to `before` (else the plan is stale). */
export const UpdateFile = z.object({ kind: z.literal("update-file"), path: VaultPath, before: Sha256, content: z.string() });
/** Put the source into the archive: `move` for files in the vault's inbox, `copy` for files elsewhere. */
export const ArchiveSource = z.object({
  kind: z.literal("archive-source"),
  from: z.string().min(1),
  to: VaultPath,
  mode: z.enum(["move", "copy"]),
  contentHash: Sha256,
});

export const FileOp = z.discriminatedUnion("kind", [CreateFile, UpdateFile, ArchiveSource]);
export type FileOp = z.infer<typeof FileOp>;

/**
 * Everything one source changes in the vault: the boundary between `plan/` and `vault/`.
 * A plain, serialisable value; applying it is all-or-nothing.
 */
export const ChangePlan = z.object({
  version: z.literal(1),
  source: z.object({ fileName: z.string(), contentHash: Sha256, textHash: Sha256.optional() }),
  outcome: z.enum(["ingest", "duplicate", "regenerate"]),
  /** The note written for this source (or, for a duplicate, the note made from the same content before). */
  note: VaultPath.nullable(),
  /** Where a regenerated note kept the user's version over Mnemo's new one. */
  conflicts: z.array(z.string()),
  ops: z.array(FileOp),
});
export type ChangePlan = z.infer<typeof ChangePlan>;
