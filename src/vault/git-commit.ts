import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { realpath, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { CONFIG_DIR } from "./config.ts";

const run = promisify(execFile);

async function git(root: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run("git", ["-C", root, ...args], { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** True when the vault folder is the top of a git work tree (not merely inside some other repo). */
export async function isGitVault(root: string): Promise<boolean> {
  try {
    const top = (await git(root, ["rev-parse", "--show-toplevel"])).trim();
    return (await realpath(top)) === (await realpath(root));
  } catch {
    return false;
  }
}

/**
 * Commits exactly `paths` (vault-relative; created, changed or removed) as one commit, leaving
 * whatever else the user had staged or changed untouched: the commit is built in a private index
 * from HEAD plus these paths, then the real index is brought up to date for these paths only.
 * Mnemo's own state under `.mnemo/` (run records, the unresolved names) is never committed: it is not
 * the user's notes, and a vault may well ignore it. Returns the new commit's hash, or null when none
 * of the paths differ from HEAD.
 */
export async function commitPaths(root: string, paths: readonly string[], message: string): Promise<string | null> {
  const unique = [...new Set(paths)].filter((p) => !p.startsWith(`${CONFIG_DIR}/`));
  if (unique.length === 0) return null;
  const tracked = new Set((await git(root, ["ls-files", "-z", "--", ...unique])).split("\0").filter(Boolean));
  const wanted = unique.filter((p) => existsSync(path.join(root, p)) || tracked.has(p));
  if (wanted.length === 0) return null;
  const gitDir = (await git(root, ["rev-parse", "--absolute-git-dir"])).trim();
  const index = path.join(gitDir, `mnemo-index-${process.pid}`);
  const identity = (await hasIdentity(root))
    ? {}
    : { GIT_AUTHOR_NAME: "Mnemo", GIT_AUTHOR_EMAIL: "mnemo@localhost", GIT_COMMITTER_NAME: "Mnemo", GIT_COMMITTER_EMAIL: "mnemo@localhost" };
  const env = { GIT_INDEX_FILE: index, ...identity };
  try {
    const hasHead = await git(root, ["rev-parse", "--verify", "-q", "HEAD"]).then(() => true, () => false);
    await git(root, hasHead ? ["read-tree", "HEAD"] : ["read-tree", "--empty"], env);
    await git(root, ["add", "-A", "--", ...wanted], env);
    if (hasHead && (await git(root, ["diff", "--cached", "--name-only", "-z"], env)).length === 0) return null;
    await git(root, ["commit", "-q", "--no-verify", "-m", message], env);
  } finally {
    await rm(index, { force: true });
  }
  await git(root, ["reset", "-q", "--", ...wanted]);
  return (await git(root, ["rev-parse", "HEAD"])).trim();
}

async function hasIdentity(root: string): Promise<boolean> {
  try {
    return (await git(root, ["config", "user.email"])).trim().length > 0;
  } catch {
    return false;
  }
}
