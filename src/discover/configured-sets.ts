import { statSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { glob } from "tinyglobby";
import { listingFs } from "./unlisted-folders.js";
import type { SqlMigrationTool } from "../core/migration.js";
import type { Database } from "../dialect/databases.js";
import { IGNORED_DIRECTORIES, isDownFilePath, isMigrationFileName } from "./conventions.js";
import { compareFileRefs, groupIntoSets, toPosix, type MigrationSetRef } from "./find-migrations.js";

/** Migration sets named in the config instead of found by convention. */
export interface MigrationLayout {
  /** The directory the globs are relative to (the config file's). */
  rootDir: string;
  sets: ConfiguredSet[];
}

export interface ConfiguredSet {
  files: string[];
  /** Overrides the tool detected from the layout. */
  tool?: SqlMigrationTool;
  startAfter?: string;
  /** The database the set runs on, as the config says. */
  dialect?: Database;
}

const IGNORE_GLOBS = IGNORED_DIRECTORIES.map((d) => `**/${d}/**`);

/**
 * Every migration the config names, grouped into sets by directory (as conventional sets are),
 * with paths relative to `cwd`. A file two entries match belongs to the first.
 */
export async function findConfiguredSets(cwd: string, layout: MigrationLayout): Promise<MigrationSetRef[]> {
  const claimed = new Set<string>();
  const byDir = new Map<string, MigrationSetRef>();
  for (const entry of layout.sets) {
    const files: string[] = [];
    for (const pattern of entry.files) {
      const folder = isFolder(layout.rootDir, pattern);
      const found = await glob(folder ? `${pattern.replace(/\/+$/, "")}/**/*.{sql,ts,mts,cts,js,mjs,cjs}` : pattern, {
        cwd: layout.rootDir,
        ignore: IGNORE_GLOBS,
        dot: false,
        followSymbolicLinks: false,
        fs: listingFs,
      });
      // A folder means the migrations in it (and their down files); a glob means exactly what it matches.
      for (const f of folder ? found.filter((name) => isMigrationFileName(name) || isDownFilePath(name)) : found) {
        const file = toPosix(path.relative(cwd, path.resolve(layout.rootDir, f)));
        if (!claimed.has(file) && !files.includes(file)) files.push(file);
      }
    }
    for (const f of files) claimed.add(f);
    for (const set of groupIntoSets(cwd, files)) {
      const existing = byDir.get(set.dir);
      if (existing) {
        existing.files.push(...set.files);
        continue;
      }
      byDir.set(set.dir, {
        ...set,
        ...(entry.tool ? { tool: entry.tool } : {}),
        ...(entry.startAfter !== undefined ? { startAfter: entry.startAfter } : {}),
        ...(entry.dialect ? { dialect: entry.dialect } : {}),
      });
    }
  }
  const sets = [...byDir.values()];
  for (const set of sets) set.files.sort(compareFileRefs);
  return sets.sort((a, b) => a.dir.localeCompare(b.dir));
}

function isFolder(rootDir: string, pattern: string): boolean {
  if (picomatch.scan(pattern).isGlob) return false;
  try {
    return statSync(path.resolve(rootDir, pattern)).isDirectory();
  } catch {
    return false;
  }
}
