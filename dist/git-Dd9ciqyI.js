import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { t as toPosix } from './find-migrations-sOKXtTZz.js';
import { statSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { promisify } from 'node:util';

const execute = promisify(execFile);
class GitError extends Error {
  name = "GitError";
}
function findRepository(cwd) {
  let dir = path.resolve(cwd);
  for (; ; ) {
    const gitDir = gitDirOf(dir);
    if (gitDir) return { root: dir, gitDir };
    const parent = path.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function gitDirOf(dir) {
  const dotGit = path.join(dir, ".git");
  try {
    const stat = statSync(dotGit);
    if (stat.isDirectory()) return dotGit;
    if (!stat.isFile() || stat.size > 4096) return void 0;
    const target = /^gitdir: (.+?)\s*$/m.exec(readFileSync(dotGit, "utf8"))?.[1];
    if (!target) return void 0;
    const gitDir = path.resolve(dir, target);
    return statSync(gitDir).isDirectory() ? gitDir : void 0;
  } catch {
    return void 0;
  }
}
const PASSED_THROUGH = new Set(
  ["PATH", "PATHEXT", "SYSTEMROOT", "WINDIR", "COMSPEC", "TMPDIR", "TEMP", "TMP", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "TZ"].concat(
    ["HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY"].flatMap((name) => [name, name.toLowerCase()])
  )
);
let emptyHome;
function gitHome() {
  if (!emptyHome) {
    const home = mkdtempSync(path.join(tmpdir(), "migration-guard-git-home-"));
    process.once("exit", () => rmSync(home, { recursive: true, force: true }));
    emptyHome = home;
  }
  return emptyHome;
}
function gitEnvironment(parent = process.env) {
  const env = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value !== void 0 && PASSED_THROUGH.has(name)) env[name] = value;
  }
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
    GIT_OPTIONAL_LOCKS: "0"
  };
}
function pinnedArguments(repository) {
  return [
    `--git-dir=${repository.gitDir}`,
    `--work-tree=${repository.root}`,
    "-c",
    "safe.bareRepository=explicit",
    "-c",
    "core.fsmonitor=false",
    "-c",
    `core.hooksPath=${devNull}`
  ];
}
function repositoryOf(cwd, args) {
  const repository = findRepository(cwd);
  if (!repository) throw new GitError(`git ${args.join(" ")} failed: ${path.resolve(cwd)} is not in a git repository (no .git in it or in a folder above it).`);
  return repository;
}
async function runGit(cwd, args) {
  const repository = repositoryOf(cwd, args);
  try {
    const { stdout } = await execute("git", [...pinnedArguments(repository), ...args], {
      cwd,
      env: gitEnvironment(),
      maxBuffer: 256 * 1024 * 1024,
      encoding: "utf8"
    });
    return stdout;
  } catch (error) {
    const stderr = error.stderr?.trim();
    throw new GitError(`git ${args.join(" ")} failed${stderr ? `: ${stderr}` : ""}`);
  }
}

const git = runGit;
async function repositoryRoot(cwd) {
  const repository = findRepository(cwd);
  if (!repository) throw new GitError(`${path.resolve(cwd)} is not in a git repository (no .git in it or in a folder above it).`);
  return repository.root;
}
function parseNameStatus(output, root, cwd) {
  const fields = output.split("\0").filter((f) => f !== "");
  const files = [];
  const rel = (p) => toPosix(path.relative(cwd, path.join(root, p)));
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++];
    if (code.startsWith("R") || code.startsWith("C")) {
      const from = fields[i++];
      const to = fields[i++];
      files.push(code.startsWith("R") ? { path: rel(to), status: "renamed", previousPath: rel(from) } : { path: rel(to), status: "added" });
    } else {
      const file = fields[i++];
      const status = code === "A" ? "added" : code === "D" ? "deleted" : "modified";
      files.push({ path: rel(file), status });
    }
  }
  return files;
}
async function stagedFiles(cwd) {
  const root = await repositoryRoot(cwd);
  const output = await git(cwd, ["diff", "--cached", "--name-status", "-z", "-M", "--no-ext-diff", "--no-color"]);
  return parseNameStatus(output, root, cwd);
}
async function stagedContent(cwd, file) {
  const root = await repositoryRoot(cwd);
  const fromRoot = toPosix(path.relative(root, path.resolve(cwd, file)));
  return git(root, ["show", `:${fromRoot}`]);
}
async function mergeBase(cwd, ref) {
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
      `HEAD and "${ref}" have no common ancestor: their histories are unrelated, or this is a shallow clone that does not reach it (fetch more history: \`git fetch --unshallow\`, or \`fetch-depth: 0\` in actions/checkout).`
    );
  }
}
async function changedSince(cwd, base) {
  const root = await repositoryRoot(cwd);
  const output = await git(cwd, ["diff", "--name-status", "-z", "-M", "--no-ext-diff", "--no-color", base]);
  const files = parseNameStatus(output, root, cwd);
  const untracked = await git(cwd, ["ls-files", "--others", "--exclude-standard", "-z", "--full-name"]);
  for (const file of untracked.split("\0").filter(Boolean)) {
    files.push({ path: toPosix(path.relative(cwd, path.join(root, file))), status: "added" });
  }
  return files;
}
async function contentAt(cwd, commit, file) {
  const root = await repositoryRoot(cwd);
  const fromRoot = toPosix(path.relative(root, path.resolve(cwd, file)));
  try {
    return await git(root, ["show", `${commit}:${fromRoot}`]);
  } catch {
    return void 0;
  }
}
async function contentsAt(cwd, commit, files) {
  const contents = /* @__PURE__ */ new Map();
  if (files.length === 0) return contents;
  const root = await repositoryRoot(cwd);
  const request = files.map((f) => `${commit}:${toPosix(path.relative(root, path.resolve(cwd, f)))}
`).join("");
  const output = await new Promise((resolve, reject) => {
    const args = ["cat-file", "--batch"];
    const child = spawn("git", [...pinnedArguments(repositoryOf(root, args)), ...args], { cwd: root, env: gitEnvironment(), stdio: ["pipe", "pipe", "pipe"] });
    const chunks = [];
    let stderr = "";
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.stderr.on("data", (chunk) => stderr += chunk.toString());
    child.on("error", (error) => reject(new GitError(`git cat-file --batch failed: ${error.message}`)));
    child.on("close", (code) => code === 0 ? resolve(Buffer.concat(chunks)) : reject(new GitError(`git cat-file --batch failed: ${stderr.trim()}`)));
    child.stdin.end(request);
  });
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
async function filesAt(cwd, commit) {
  const root = await repositoryRoot(cwd);
  const output = await git(root, ["ls-tree", "-r", "--name-only", "-z", commit]);
  return output.split("\0").filter(Boolean).map((f) => toPosix(path.relative(cwd, path.join(root, f))));
}
async function hasCommit(cwd, commit) {
  try {
    await git(cwd, ["cat-file", "-e", `${commit}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function fetchCommit(cwd, commit, remote = "origin") {
  await git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", remote, commit]);
}

const git$1 = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  GitError,
  changedSince,
  contentAt,
  contentsAt,
  fetchCommit,
  filesAt,
  hasCommit,
  mergeBase,
  repositoryRoot,
  stagedContent,
  stagedFiles
}, Symbol.toStringTag, { value: 'Module' }));

export { GitError as G, findRepository as a, filesAt as b, changedSince as c, contentsAt as d, contentAt as e, fetchCommit as f, stagedFiles as g, hasCommit as h, git$1 as i, mergeBase as m, repositoryRoot as r, stagedContent as s };
