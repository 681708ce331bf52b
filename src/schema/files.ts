import path from "node:path";
import { glob } from "tinyglobby";
import { IGNORED_DIRECTORIES } from "../discover/conventions.js";
import { toPosix } from "../discover/find-migrations.js";
import { contentAt, filesAt, type ChangedFile } from "../discover/git.js";
import { findRepository } from "../discover/git-process.js";
import { readRegularFile, ReadGuard } from "../safe-read.js";

/**
 * A model file of the working tree, read only when it is a regular file inside the checkout (a
 * link could lead anywhere on the machine); undefined otherwise, as for a missing file.
 */
function workingTreeReader(cwd: string): (file: string) => string | undefined {
  const guard = new ReadGuard([findRepository(cwd)?.root ?? cwd]);
  return (file) => {
    const absolute = path.resolve(cwd, file);
    if (!guard.check(absolute).ok) return undefined;
    try {
      return readRegularFile(absolute);
    } catch {
      return undefined;
    }
  };
}

/**
 * The files a schema is read from: the working tree, the tree at a commit, or files in memory.
 * Paths are relative to the working directory with `/` separators.
 */
export interface SchemaFiles {
  readonly paths: readonly string[];
  read(file: string): Promise<string | undefined>;
}

/** Files that can hold a schema, a model, or the ORM config that names things. */
const SOURCE_FILE = /\.(prisma|[cm]?[jt]sx?)$|(^|\/)package\.json$/;
const NOT_A_SOURCE = /\.d\.[cm]?ts$/;

function isCandidate(file: string): boolean {
  if (!SOURCE_FILE.test(file) || NOT_A_SOURCE.test(file) || file.startsWith("../")) return false;
  return !file.split("/").some((part) => IGNORED_DIRECTORIES.includes(part));
}

/** The working tree's candidate files, minus `exclude` globs. */
export async function workingTreeFiles(cwd: string, exclude: readonly string[] = []): Promise<SchemaFiles> {
  const found = await glob(["**/*.prisma", "**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}", "**/package.json"], {
    cwd,
    ignore: [...IGNORED_DIRECTORIES.map((d) => `**/${d}/**`), "**/*.d.ts", ...exclude],
    dot: false,
    followSymbolicLinks: false,
  });
  const paths = found.map(toPosix).filter(isCandidate).sort();
  const read = workingTreeReader(cwd);
  return { paths, read: async (file) => read(file) };
}

/**
 * The candidate files as they are at `commit`. A file the change set did not touch has the same
 * content there as in the working tree (`changed` lists committed, uncommitted and untracked changes
 * since the commit), so only touched files are read from git: one `git show` per changed file
 * instead of one per file of the repository.
 */
export async function filesAtCommit(cwd: string, commit: string, changed: readonly ChangedFile[]): Promise<SchemaFiles> {
  const touched = new Set<string>();
  for (const file of changed) {
    touched.add(file.path);
    if (file.previousPath) touched.add(file.previousPath);
  }
  const paths = (await filesAt(cwd, commit)).filter(isCandidate).sort();
  const readWorkingTree = workingTreeReader(cwd);
  return {
    paths,
    read: async (file) => (touched.has(file) ? contentAt(cwd, commit, file) : (readWorkingTree(file) ?? contentAt(cwd, commit, file))),
  };
}

/** Files given as text (tests, doc examples). */
export function memoryFiles(files: ReadonlyMap<string, string>): SchemaFiles {
  return {
    paths: [...files.keys()].filter(isCandidate).sort(),
    read: async (file) => files.get(file),
  };
}
