import { realpathSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../errors.js";
import { toPosix } from "../discover/find-migrations.js";
import { fetchCommit, GitError, hasCommit, repositoryRoot } from "../discover/git.js";

/**
 * The checkout the Action lints. GitHub names files relative to the repository root; the linter
 * relative to the working directory, which may be a subfolder (`working-directory`).
 */
export interface Workspace {
  cwd: string;
  root: string;
  /** False when no git repository holds `cwd` (then `root` is `cwd`). */
  inRepository: boolean;
  /** A path from the linter → a path GitHub understands. */
  toRepoPath(file: string): string;
  /** A path from GitHub → a path relative to the working directory, or undefined outside it. */
  fromRepoPath(file: string): string | undefined;
}

export async function openWorkspace(cwd: string): Promise<Workspace> {
  let root = cwd;
  let inRepository = false;
  try {
    root = await repositoryRoot(cwd);
    inRepository = true;
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
  }
  return {
    cwd,
    root,
    inRepository,
    toRepoPath: (file) => toPosix(path.relative(root, path.resolve(cwd, file))),
    fromRepoPath: (file) => {
      const relative = toPosix(path.relative(cwd, path.resolve(root, file)));
      return relative.startsWith("../") || relative === ".." ? undefined : relative;
    },
  };
}

/**
 * Under `pull_request_target` the checkout holds the pull request's files and the run holds a
 * write token: the only repository git may work on is the one at GITHUB_WORKSPACE, which the
 * workflow checked out. A working directory that lies in another repository (or in none) could
 * be one the pull request planted, so it is refused.
 */
export function requireWorkspaceRoot(workspace: Workspace, githubWorkspace: string | undefined): void {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  if (!githubWorkspace || real(workspace.root) !== real(githubWorkspace)) {
    throw new UsageError(
      `On pull_request_target migration-guard only lints the repository checked out at GITHUB_WORKSPACE (${githubWorkspace ?? "not set"}); ` +
        `working-directory lies in ${!workspace.inRepository ? "no git repository" : `the repository at ${workspace.root}`}. ` +
        "Check the repository out at the workspace root, or use the two-job workflow from the docs.",
    );
  }
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
