import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { t as toPosix } from './find-migrations-B6dmTIcK.js';
import 'node:fs';
import './index-B-QiK_jm.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import './_commonjsHelpers-Bgu_3bK-.js';
import './conventions-yLvRDcC5.js';
import './versions-BtAAZ9m4.js';

const run = promisify(execFile);
class GitError extends Error {
  name = "GitError";
}
async function git(cwd, args) {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" });
    return stdout;
  } catch (error) {
    const stderr = error.stderr?.trim();
    throw new GitError(`git ${args.join(" ")} failed${stderr ? `: ${stderr}` : ""}`);
  }
}
const roots = /* @__PURE__ */ new Map();
function repositoryRoot(cwd) {
  let root = roots.get(cwd);
  if (!root) {
    root = git(cwd, ["rev-parse", "--show-toplevel"]).then((out) => out.trim());
    root.catch(() => roots.delete(cwd));
    roots.set(cwd, root);
  }
  return root;
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
    const child = spawn("git", ["cat-file", "--batch"], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
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

export { GitError, changedSince, contentAt, contentsAt, fetchCommit, filesAt, hasCommit, mergeBase, repositoryRoot, stagedContent, stagedFiles };
