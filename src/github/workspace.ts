import path from "node:path";
import { toPosix } from "../discover/find-migrations.js";
import { fetchCommit, GitError, hasCommit, repositoryRoot } from "../discover/git.js";

/**
 * The checkout the Action lints. GitHub names files relative to the repository root; the linter
 * relative to the working directory, which may be a subfolder (`working-directory`).
 */
export interface Workspace {
  cwd: string;
  root: string;
  /** A path from the linter → a path GitHub understands. */
  toRepoPath(file: string): string;
  /** A path from GitHub → a path relative to the working directory, or undefined outside it. */
  fromRepoPath(file: string): string | undefined;
}

export async function openWorkspace(cwd: string): Promise<Workspace> {
  let root = cwd;
  try {
    root = await repositoryRoot(cwd);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
  }
  return {
    cwd,
    root,
    toRepoPath: (file) => toPosix(path.relative(root, path.resolve(cwd, file))),
    fromRepoPath: (file) => {
      const relative = toPosix(path.relative(cwd, path.resolve(root, file)));
      return relative.startsWith("../") || relative === ".." ? undefined : relative;
    },
  };
}

/**
 * Makes sure `commit` is in the checkout, fetching it when the checkout is shallow (the default
 * of actions/checkout). Returns false when it cannot be had: the checks that compare with the
 * base then have no base, and the caller says so.
 */
export async function ensureCommit(cwd: string, commit: string, log: (message: string) => void): Promise<boolean> {
  if (await hasCommit(cwd, commit)) return true;
  try {
    await fetchCommit(cwd, commit);
  } catch (error) {
    log(`Could not fetch ${commit.slice(0, 12)} into the checkout (${error instanceof Error ? error.message : String(error)}).`);
    return false;
  }
  return hasCommit(cwd, commit);
}
