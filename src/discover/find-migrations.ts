import { existsSync } from "node:fs";
import path from "node:path";
import { glob } from "tinyglobby";
import type { SqlMigrationTool } from "../core/migration.js";
import { detectSetTool, IGNORED_DIRECTORIES, isConventionalSqlMigration, setMembership } from "./conventions.js";
import { compareVersions, versionOf } from "./versions.js";

export interface MigrationFileRef {
  /** Relative to the working directory, `/` separators. */
  path: string;
  version: string;
}

/** The migrations of one directory, in the order they run. */
export interface MigrationSetRef {
  /** Relative to the working directory, `/` separators. */
  dir: string;
  tool: SqlMigrationTool;
  files: MigrationFileRef[];
  /** Only migrations whose version sorts after this one are checked (a configured set's `startAfter`). */
  startAfter?: string;
}

const IGNORE_GLOBS = IGNORED_DIRECTORIES.map((d) => `**/${d}/**`);

export function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

/**
 * Finds the migration sets under `root` by convention. When `root` was named by the user and
 * holds no conventional migrations folder, every `.sql` file in it counts.
 */
export async function findMigrationSets(
  cwd: string,
  root: string = cwd,
  options: { explicit?: boolean; ignore?: string[] } = {},
): Promise<MigrationSetRef[]> {
  const absoluteRoot = path.resolve(cwd, root);
  const found = await glob("**/*.sql", {
    cwd: absoluteRoot,
    ignore: [...IGNORE_GLOBS, ...(options.ignore ?? [])],
    dot: false,
    followSymbolicLinks: false,
  });
  const relative = found.map((f) => toPosix(path.relative(cwd, path.join(absoluteRoot, f))));
  let files = relative.filter(isConventionalSqlMigration);
  if (files.length === 0 && options.explicit) {
    files = relative.filter((f) => !/\.down\.sql$|(^|\/)down\.sql$/i.test(f));
  }
  return groupIntoSets(cwd, files);
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
    list.sort((a, b) => compareVersions(a.version, b.version) || a.path.localeCompare(b.path));
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
