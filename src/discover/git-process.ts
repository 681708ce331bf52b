import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { devNull, tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/**
 * How migration-guard runs git on a repository it does not trust (a pull request's checkout, a
 * freshly cloned project). Git reads configuration from the repository it finds, and some keys
 * run programs (`core.fsmonitor`, `core.sshCommand`, `core.pager`, ...). Left to itself, git
 * finds the repository by walking up from the working directory, and a folder holding `HEAD`,
 * `objects/`, `refs/` and `config` is taken for a bare repository whose `config` is the pull
 * request's. So every call here names the repository itself (the real `.git` of the checkout,
 * found without git), forbids implicit bare repositories, reads no system or global config, and
 * gets an environment without the runner's secrets.
 */

const execute = promisify(execFile);

/** The checkout a path lies in: its root and the git directory its `.git` names. */
export interface GitRepository {
  root: string;
  gitDir: string;
}

/** A git problem the user can act on (not a repository, unknown ref, ...). */
export class GitError extends Error {
  override name = "GitError";
}

/**
 * The repository `cwd` lies in: the nearest folder upward with a `.git` directory (a clone) or a
 * `.git` file pointing at one (a worktree, a submodule). Git never stores a `.git` entry in a
 * tree, so nothing a pull request adds can be taken for one.
 */
export function findRepository(cwd: string): GitRepository | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    const gitDir = gitDirOf(dir);
    if (gitDir) return { root: dir, gitDir };
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function gitDirOf(dir: string): string | undefined {
  const dotGit = path.join(dir, ".git");
  try {
    const stat = statSync(dotGit);
    if (stat.isDirectory()) return dotGit;
    if (!stat.isFile() || stat.size > 4_096) return undefined;
    const target = /^gitdir: (.+?)\s*$/m.exec(readFileSync(dotGit, "utf8"))?.[1];
    if (!target) return undefined;
    const gitDir = path.resolve(dir, target);
    return statSync(gitDir).isDirectory() ? gitDir : undefined;
  } catch {
    return undefined;
  }
}

/** Environment variables a git child keeps: how to find programs, locale, temp dirs, proxies. */
const PASSED_THROUGH = new Set(
  ["PATH", "PATHEXT", "SYSTEMROOT", "WINDIR", "COMSPEC", "TMPDIR", "TEMP", "TMP", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "TZ"].concat(
    ["HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY"].flatMap((name) => [name, name.toLowerCase()]),
  ),
);

let emptyHome: string | undefined;

/** An empty folder for HOME, so no user-level config (`~/.gitconfig`, XDG) is read either. */
function gitHome(): string {
  if (!emptyHome) {
    const home = mkdtempSync(path.join(tmpdir(), "migration-guard-git-home-"));
    process.once("exit", () => rmSync(home, { recursive: true, force: true }));
    emptyHome = home;
  }
  return emptyHome;
}

/**
 * The environment of a git child: an allowlist of the parent's (so no token, `GIT_DIR`,
 * `GIT_CONFIG_*` or `GIT_EXEC_PATH` is inherited; only a hook's `GIT_INDEX_FILE`), no system or
 * global config, no prompts.
 */
export function gitEnvironment(parent: Record<string, string | undefined> = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value !== undefined && PASSED_THROUGH.has(name)) env[name] = value;
  }
  // In a git hook (pre-commit), git names the index being committed (`git commit -a` uses a
  // temporary one): that is what --staged must read. Relative to the hook's directory, the root.
  const index = parent["GIT_INDEX_FILE"];
  if (index) env["GIT_INDEX_FILE"] = path.resolve(index);
  const home = gitHome();
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: home,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_SYSTEM: devNull,
    GIT_CONFIG_GLOBAL: devNull,
    GIT_ATTR_NOSYSTEM: "1",
    GIT_TERMINAL_PROMPT: "0",
    GIT_OPTIONAL_LOCKS: "0",
  };
}

/**
 * The options every call starts with: the repository, pinned, and settings no repository-level
 * config can turn back on for this call (`-c` wins over the repository's config).
 */
export function pinnedArguments(repository: GitRepository): string[] {
  return [
    `--git-dir=${repository.gitDir}`,
    `--work-tree=${repository.root}`,
    "-c",
    "safe.bareRepository=explicit",
    "-c",
    "core.fsmonitor=false",
    "-c",
    `core.hooksPath=${devNull}`,
  ];
}

/** The repository of `cwd`, or a GitError that says none was found. */
export function repositoryOf(cwd: string, args: readonly string[]): GitRepository {
  const repository = findRepository(cwd);
  if (!repository) throw new GitError(`git ${args.join(" ")} failed: ${path.resolve(cwd)} is not in a git repository (no .git in it or in a folder above it).`);
  return repository;
}

/** Runs git with arguments as an array (never a shell) on the repository `cwd` lies in. */
export async function runGit(cwd: string, args: string[]): Promise<string> {
  const repository = repositoryOf(cwd, args);
  try {
    const { stdout } = await execute("git", [...pinnedArguments(repository), ...args], {
      cwd,
      env: gitEnvironment(),
      maxBuffer: 256 * 1024 * 1024,
      encoding: "utf8",
    });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitError(`git ${args.join(" ")} failed${stderr ? `: ${stderr}` : ""}`);
  }
}
