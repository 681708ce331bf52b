import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { glob } from "tinyglobby";
import { listingFs } from "./unlisted-folders.js";
import type { SqlMigrationTool } from "../core/migration.js";
import type { Database } from "../dialect/databases.js";
import {
  detectSetTool,
  IGNORED_DIRECTORIES,
  isCodeMigrationPath,
  isConventionalMigration,
  isMigrationDirectory,
  looksLikeCodeMigration,
  setMembership,
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
  // Run from inside a migrations folder, its files are the migrations, as if the folder were named.
  const insideMigrationsFolder = isMigrationDirectory(path.basename(absoluteRoot));
  if (files.length === 0 && (options.explicit || insideMigrationsFolder)) {
    files = relative.filter((f) =>
      isCodeMigrationPath(f) ? looksLikeCodeMigration(readText(path.resolve(cwd, f))) : f.toLowerCase().endsWith(".sql") && !/\.down\.sql$|(^|\/)down\.sql$/i.test(f),
    );
  }
  return groupIntoSets(cwd, files);
}

/** Down files of SQL migrations: whether each has one, when any of its set has. */
function markDownFiles(cwd: string, files: MigrationFileRef[]): void {
  const sql = files.filter((f) => f.path.toLowerCase().endsWith(".sql"));
  const withDown = new Set(sql.filter((f) => downFileCandidates(f.path).some((c) => existsSync(path.resolve(cwd, c)))).map((f) => f.path));
  if (withDown.size === 0) return;
  for (const f of sql) f.hasDown = withDown.has(f.path);
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

/** Groups migration files into sets by directory and orders each set by version. */
export function groupIntoSets(cwd: string, files: string[]): MigrationSetRef[] {
  const byDir = new Map<string, MigrationFileRef[]>();
  for (const file of files) {
    const { setDir, versionName } = setMembership(file);
    const list = byDir.get(setDir) ?? [];
    list.push({ path: file, version: versionOf(versionName) });
    byDir.set(setDir, list);
  }
  const sets: MigrationSetRef[] = [];
  for (const [dir, list] of byDir) {
    list.sort((a, b) => compareVersions(a.version, b.version) || comparePaths(a.path, b.path));
    markDownFiles(cwd, list);
    const absolute = path.resolve(cwd, dir);
    const tool = detectSetTool(
      dir,
      list.map((f) => f.path),
      existsSync(path.join(absolute, "meta", "_journal.json")),
      existsSync(path.join(absolute, "migration_lock.toml")),
    );
    sets.push({ dir, tool, files: list });
  }
  return sets.sort((a, b) => a.dir.localeCompare(b.dir));
}
