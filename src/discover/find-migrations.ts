import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { glob } from "tinyglobby";
import { listingFs } from "./unlisted-folders.js";
import type { SqlMigrationTool } from "../core/migration.js";
import { folderDatabase, type Database } from "../dialect/databases.js";
import {
  detectSetTool,
  IGNORED_DIRECTORIES,
  isCodeMigrationPath,
  isConventionalDownFile,
  isConventionalMigration,
  isDownFilePath,
  isMigrationDirectory,
  looksLikeCodeMigration,
  setMembership,
  upFileCandidates,
} from "./conventions.js";
import { comparePaths, compareVersions, versionOf } from "./versions.js";

export interface MigrationFileRef {
  /** Relative to the working directory, `/` separators. */
  path: string;
  version: string;
  /**
   * For SQL migrations in a set where some migrations have a down file (`x.down.sql`, a `down.sql`
   * beside `migration.sql`/`up.sql`): whether this one has one. Absent when the set has none.
   */
  hasDown?: boolean;
  /**
   * For a down file (see conventions.isDownFilePath): the up migration it undoes, which it follows
   * in its set's list (with that migration's version). The path of the up file it would pair with
   * when there is none (an orphan down file). A down file is read as the down direction of that
   * migration: checked, never folded into the history.
   */
  downOf?: string;
}

/** Whether a planned or found file is a down file rather than a migration. */
export function isDownFile(file: { downOf?: string }): boolean {
  return file.downOf !== undefined;
}

/** The migrations of a set's files, without its down files. */
export function migrationFiles<F extends { downOf?: string }>(files: readonly F[]): F[] {
  return files.filter((f) => !isDownFile(f));
}

/** The order files run in: by version, a down file right after its up file. */
export function compareFileRefs(a: MigrationFileRef, b: MigrationFileRef): number {
  return (
    compareVersions(a.version, b.version) ||
    comparePaths(a.downOf ?? a.path, b.downOf ?? b.path) ||
    Number(isDownFile(a)) - Number(isDownFile(b)) ||
    comparePaths(a.path, b.path)
  );
}

/** The migrations of one directory, in the order they run. */
export interface MigrationSetRef {
  /** Relative to the working directory, `/` separators. */
  dir: string;
  tool: SqlMigrationTool;
  files: MigrationFileRef[];
  /** Only migrations whose version sorts after this one are checked (a configured set's `startAfter`). */
  startAfter?: string;
  /** The database the config says the set runs on (otherwise detected when the run starts). */
  dialect?: Database;
}

const IGNORE_GLOBS = IGNORED_DIRECTORIES.map((d) => `**/${d}/**`);

export function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

/**
 * Finds the migration sets under `root` by convention: `.sql` files and TS/JS files in folders
 * named like migrations folders. When `root` was named by the user and holds no conventional
 * migrations folder, every `.sql` file in it counts, and every TS/JS file that has an `up`.
 */
export async function findMigrationSets(
  cwd: string,
  root: string = cwd,
  options: { explicit?: boolean; ignore?: string[] } = {},
): Promise<MigrationSetRef[]> {
  const absoluteRoot = path.resolve(cwd, root);
  const found = await glob("**/*.{sql,ts,mts,cts,js,mjs,cjs}", {
    cwd: absoluteRoot,
    ignore: [...IGNORE_GLOBS, ...(options.ignore ?? [])],
    dot: false,
    followSymbolicLinks: false,
    fs: listingFs,
  });
  const relative = found.map((f) => toPosix(path.relative(cwd, path.join(absoluteRoot, f))));
  let files = relative.filter(isConventionalMigration);
  let downFiles = relative.filter(isConventionalDownFile);
  // Run from inside a migrations folder, its files are the migrations, as if the folder were named.
  const insideMigrationsFolder = isMigrationDirectory(path.basename(absoluteRoot));
  if (files.length === 0 && (options.explicit || insideMigrationsFolder)) {
    files = relative.filter((f) =>
      isCodeMigrationPath(f) ? looksLikeCodeMigration(readText(path.resolve(cwd, f))) : f.toLowerCase().endsWith(".sql") && !isDownFilePath(f),
    );
    downFiles = relative.filter(isDownFilePath);
  }
  return groupIntoSets(cwd, [...files, ...downFiles]);
}

/**
 * Down files of SQL migrations: whether each has one, when any of its set has, and a ref for each
 * down file right after its migration. A down file belongs to the migration of the same name
 * (found on disk beside it) or else, among `unpaired` (down files listed but not named like a
 * migration of the set), to the one migration of its version: golang-migrate pairs files by
 * version (`30_add_x.up.sql` with `30_drop_x.down.sql`), and pop runs an untagged `x.down.sql`
 * as the rollback of `x.postgres.up.sql` on Postgres. Returns the down files it paired.
 */
function markDownFiles(cwd: string, files: MigrationFileRef[], unpaired: ReadonlySet<string>): Set<string> {
  const paired = new Set<string>();
  const sql = files.filter((f) => f.path.toLowerCase().endsWith(".sql"));
  const downOf = new Map<MigrationFileRef, string>();
  for (const f of sql) {
    const down = downFileCandidates(f.path).find((c) => existsSync(path.resolve(cwd, c)));
    if (down !== undefined && !paired.has(down)) {
      downOf.set(f, down);
      paired.add(down);
    }
  }
  for (const down of unpaired) {
    if (paired.has(down)) continue;
    const version = versionOf(setMembership(upFileCandidates(down)[0]!).versionName);
    const up = onlyMigrationOfVersion(down, sql.filter((f) => f.version === version && !downOf.has(f)));
    if (!up) continue;
    downOf.set(up, down);
    paired.add(down);
  }
  if (downOf.size === 0) return paired;
  for (const f of sql) f.hasDown = downOf.has(f);
  for (const [up, down] of downOf) files.push({ path: down, version: up.version, downOf: up.path });
  return paired;
}

/**
 * The migration a down file of their version undoes: the only one, or else the one tagged for
 * Postgres, or the one not tagged. A down file tagged for a database (`x.mysql.down.sql`) undoes
 * only a migration tagged the same.
 */
function onlyMigrationOfVersion(down: string, candidates: MigrationFileRef[]): MigrationFileRef | undefined {
  const own = databaseTags(down);
  if (own.length > 0) {
    const same = candidates.filter((f) => databaseTags(f.path).join() === own.join());
    return same.length === 1 ? same[0] : undefined;
  }
  if (candidates.length <= 1) return candidates[0];
  const postgres = candidates.filter((f) => databaseTags(f.path).includes("postgresql"));
  if (postgres.length > 0) return postgres.length === 1 ? postgres[0] : undefined;
  const untagged = candidates.filter((f) => databaseTags(f.path).length === 0);
  return untagged.length === 1 ? untagged[0] : undefined;
}

/** The databases a file name is tagged for (pop's `x.postgres.up.sql`). */
function databaseTags(file: string): Database[] {
  return path.posix.basename(file).split(".").slice(1, -1).flatMap((part) => folderDatabase(part) ?? []);
}

function downFileCandidates(file: string): string[] {
  const dir = path.posix.dirname(file);
  const base = path.posix.basename(file);
  if (/^(migration|up)\.sql$/i.test(base)) return [`${dir}/down.sql`];
  if (/\.up\.sql$/i.test(base)) return [file.replace(/\.up\.sql$/i, ".down.sql")];
  return [file.replace(/\.sql$/i, ".down.sql")];
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/**
 * Groups migration files into sets by directory and orders each set by version. Down files among
 * them, and those found beside the migrations, follow their migration; a down file without one is
 * kept in its set (where its up file would be), so what it does on a rollback is still checked.
 */
export function groupIntoSets(cwd: string, files: string[]): MigrationSetRef[] {
  const byDir = new Map<string, MigrationFileRef[]>();
  const add = (ref: MigrationFileRef, file: string) => {
    const { setDir } = setMembership(file);
    const list = byDir.get(setDir) ?? [];
    list.push(ref);
    byDir.set(setDir, list);
  };
  const downFiles = new Set(files.filter(isDownFilePath));
  for (const file of files) {
    if (!downFiles.has(file)) add({ path: file, version: versionOf(setMembership(file).versionName) }, file);
  }
  const setOfDown = (down: string) => setMembership(upFileCandidates(down)[0]!).setDir;
  for (const [dir, list] of byDir) {
    const unpaired = new Set([...downFiles].filter((down) => setOfDown(down) === dir));
    for (const down of markDownFiles(cwd, list, unpaired)) downFiles.delete(down);
  }
  for (const down of downFiles) {
    const up = upFileCandidates(down)[0]!;
    add({ path: down, version: versionOf(setMembership(up).versionName), downOf: up }, up);
  }
  const sets: MigrationSetRef[] = [];
  for (const [dir, list] of byDir) {
    list.sort(compareFileRefs);
    const absolute = path.resolve(cwd, dir);
    const tool = detectSetTool(
      dir,
      migrationFiles(list).map((f) => f.path),
      existsSync(path.join(absolute, "meta", "_journal.json")),
      existsSync(path.join(absolute, "migration_lock.toml")),
    );
    sets.push({ dir, tool, files: list });
  }
  return sets.sort((a, b) => a.dir.localeCompare(b.dir));
}
