import { spawn } from "node:child_process";
import path from "node:path";
import { toPosix } from "./find-migrations.js";
import { findRepository, gitEnvironment, GitError, pinnedArguments, repositoryOf, runGit } from "./git-process.js";

export { GitError } from "./git-process.js";

export type FileStatus = "added" | "modified" | "deleted" | "renamed";

export interface ChangedFile {
  /** Relative to the working directory, `/` separators. */
  path: string;
  status: FileStatus;
  /** For a rename: the path it had before. */
  previousPath?: string;
}

/** Every call goes through runGit: the repository pinned, no repository-level surprises (git-process.ts). */
const git = runGit;

/** The root of the checkout `cwd` lies in, found without asking git (see findRepository). */
export async function repositoryRoot(cwd: string): Promise<string> {
  const repository = findRepository(cwd);
  if (!repository) throw new GitError(`${path.resolve(cwd)} is not in a git repository (no .git in it or in a folder above it).`);
  return repository.root;
}

function parseNameStatus(output: string, root: string, cwd: string): ChangedFile[] {
  const fields = output.split("\0").filter((f) => f !== "");
  const files: ChangedFile[] = [];
  const rel = (p: string) => toPosix(path.relative(cwd, path.join(root, p)));
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++]!;
    if (code.startsWith("R") || code.startsWith("C")) {
      const from = fields[i++]!;
      const to = fields[i++]!;
      files.push(code.startsWith("R") ? { path: rel(to), status: "renamed", previousPath: rel(from) } : { path: rel(to), status: "added" });
    } else {
      const file = fields[i++]!;
      const status: FileStatus = code === "A" ? "added" : code === "D" ? "deleted" : "modified";
      files.push({ path: rel(file), status });
    }
  }
  return files;
}

/** Files staged for commit, compared with HEAD (or with nothing, before the first commit). */
export async function stagedFiles(cwd: string): Promise<ChangedFile[]> {
  const root = await repositoryRoot(cwd);
  const output = await git(cwd, ["diff", "--cached", "--name-status", "-z", "-M", "--no-ext-diff", "--no-color"]);
  return parseNameStatus(output, root, cwd);
}

/** The staged content of a file. */
export async function stagedContent(cwd: string, file: string): Promise<string> {
  const root = await repositoryRoot(cwd);
  const fromRoot = toPosix(path.relative(root, path.resolve(cwd, file)));
  return git(root, ["show", `:${fromRoot}`]);
}

/** The commit where the current branch left `ref`. */
export async function mergeBase(cwd: string, ref: string): Promise<string> {
  try {
    await repositoryRoot(cwd);
  } catch {
    throw new GitError(`--base compares with a git ref, but ${cwd} is not inside a git repository: run it in the repository, or lint a folder without --base.`);
  }
  try {
    await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new GitError(`Unknown git ref "${ref}": fetch it first (e.g. \`git fetch origin ${ref}\`) or name an existing branch or commit.`);
  }
  try {
    return (await git(cwd, ["merge-base", "HEAD", ref])).trim();
  } catch {
    throw new GitError(
      `HEAD and "${ref}" have no common ancestor: their histories are unrelated, or this is a shallow clone that does not reach it (fetch more history: \`git fetch --unshallow\`, or \`fetch-depth: 0\` in actions/checkout).`,
    );
  }
}

/**
 * Files changed since `base`: committed, uncommitted and untracked, so a local run sees the
 * migration being written before it is committed.
 */
export async function changedSince(cwd: string, base: string): Promise<ChangedFile[]> {
  const root = await repositoryRoot(cwd);
  const output = await git(cwd, ["diff", "--name-status", "-z", "-M", "--no-ext-diff", "--no-color", base]);
  const files = parseNameStatus(output, root, cwd);
  const untracked = await git(cwd, ["ls-files", "--others", "--exclude-standard", "-z", "--full-name"]);
  for (const file of untracked.split("\0").filter(Boolean)) {
    files.push({ path: toPosix(path.relative(cwd, path.join(root, file))), status: "added" });
  }
  return files;
}

/** A file's content at a commit, or undefined when it did not exist there. */
export async function contentAt(cwd: string, commit: string, file: string): Promise<string | undefined> {
  const root = await repositoryRoot(cwd);
  const fromRoot = toPosix(path.relative(root, path.resolve(cwd, file)));
  try {
    return await git(root, ["show", `${commit}:${fromRoot}`]);
  } catch {
    return undefined;
  }
}

/**
 * Many files' contents at a commit from one `git cat-file --batch` process (one `git show` per file
 * costs a process each: seconds for a change set of hundreds of files). A file that did not exist
 * there is absent from the result.
 */
export async function contentsAt(cwd: string, commit: string, files: readonly string[]): Promise<Map<string, string>> {
  const contents = new Map<string, string>();
  if (files.length === 0) return contents;
  const root = await repositoryRoot(cwd);
  const request = files.map((f) => `${commit}:${toPosix(path.relative(root, path.resolve(cwd, f)))}\n`).join("");
  const output = await new Promise<Buffer>((resolve, reject) => {
    // Pinned to the checkout's own .git with a clean environment, like every other git call (runGit).
    const args = ["cat-file", "--batch"];
    const child = spawn("git", [...pinnedArguments(repositoryOf(root, args)), ...args], { cwd: root, env: gitEnvironment(), stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => reject(new GitError(`git cat-file --batch failed: ${error.message}`)));
    child.on("close", (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new GitError(`git cat-file --batch failed: ${stderr.trim()}`))));
    child.stdin.end(request);
  });
  // Each answer is "<oid> <type> <size>\n<content>\n", or "<request> missing\n", in request order.
  let offset = 0;
  for (const file of files) {
    const end = output.indexOf(10, offset);
    if (end < 0) break;
    const header = output.toString("utf8", offset, end);
    offset = end + 1;
    const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!match) continue;
    const size = Number(match[2]);
    if (match[1] === "blob") contents.set(file, output.toString("utf8", offset, offset + size));
    offset += size + 1;
  }
  return contents;
}

/** Every file path at a commit, relative to the working directory. */
export async function filesAt(cwd: string, commit: string): Promise<string[]> {
  const root = await repositoryRoot(cwd);
  const output = await git(root, ["ls-tree", "-r", "--name-only", "-z", commit]);
  return output
    .split("\0")
    .filter(Boolean)
    .map((f) => toPosix(path.relative(cwd, path.join(root, f))));
}

/** Whether `commit` is present in the local repository (a shallow checkout may lack it). */
export async function hasCommit(cwd: string, commit: string): Promise<boolean> {
  try {
    await git(cwd, ["cat-file", "-e", `${commit}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Fetches one commit (without its history) from `remote`, for a shallow CI checkout that lacks
 * the base it is compared with.
 */
export async function fetchCommit(cwd: string, commit: string, remote = "origin"): Promise<void> {
  await git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", remote, commit]);
}
