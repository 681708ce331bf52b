import path from "node:path";
import { glob } from "tinyglobby";
import { IGNORED_DIRECTORIES } from "../discover/conventions.js";
import { toPosix } from "../discover/find-migrations.js";
import { contentsAt, filesAt, type ChangedFile } from "../discover/git.js";
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
  // Remembered: the schema at the base reads the files a change set did not touch from here too.
  const readWorkingTree = workingTreeReader(cwd);
  const texts = new Map<string, Promise<string | undefined>>();
  return {
    paths,
    read: (file) => {
      let text = texts.get(file);
      if (!text) {
        // A synchronous read: thousands of small files read with fs/promises cost four round
        // trips through the thread pool each (open, stat, read, close), several times the read.
        text = Promise.resolve(readWorkingTree(file));
        texts.set(file, text);
      }
      return text;
    },
  };
}

/**
 * The candidate files as they are at `commit`. A file the change set did not touch has the same
 * content there as in the working tree (`changed` lists committed, uncommitted and untracked changes
 * since the commit), so only touched files are read from git: one `git show` per changed file
 * instead of one per file of the repository. With `workingTree`, untouched files are read through
 * it (and its reads are shared with the schema at the head).
 */
export async function filesAtCommit(cwd: string, commit: string, changed: readonly ChangedFile[], workingTree?: SchemaFiles): Promise<SchemaFiles> {
  const touched = new Set<string>();
  for (const file of changed) {
    touched.add(file.path);
    if (file.previousPath) touched.add(file.previousPath);
  }
  const paths = (await filesAt(cwd, commit)).filter(isCandidate).sort();
  // The touched candidates are read from git in one batch, the first time any is asked for.
  let fromGit: Promise<Map<string, string>> | undefined;
  const atCommit = async (file: string) => {
    if (touched.has(file)) {
      fromGit ??= contentsAt(cwd, commit, paths.filter((p) => touched.has(p)));
      return (await fromGit).get(file);
    }
    return (await contentsAt(cwd, commit, [file])).get(file);
  };
  const readWorkingTree = workingTreeReader(cwd);
  return {
    paths,
    read: async (file) => {
      if (touched.has(file)) return atCommit(file);
      const text = workingTree ? await workingTree.read(file) : readWorkingTree(file);
      return text ?? atCommit(file);
    },
  };
}

/** Files given as text (tests, doc examples). */
export function memoryFiles(files: ReadonlyMap<string, string>): SchemaFiles {
  return {
    paths: [...files.keys()].filter(isCandidate).sort(),
    read: async (file) => files.get(file),
  };
}
