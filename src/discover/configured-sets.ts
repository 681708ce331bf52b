import { statSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { glob } from "tinyglobby";
import type { SqlMigrationTool } from "../core/migration.js";
import { IGNORED_DIRECTORIES } from "./conventions.js";
import { groupIntoSets, toPosix, type MigrationSetRef } from "./find-migrations.js";
import { compareVersions } from "./versions.js";

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
    const patterns = entry.files.map((p) => asGlob(layout.rootDir, p));
    const found = await glob(patterns, { cwd: layout.rootDir, ignore: IGNORE_GLOBS, dot: false, followSymbolicLinks: false });
    const files = found.map((f) => toPosix(path.relative(cwd, path.resolve(layout.rootDir, f)))).filter((f) => !claimed.has(f));
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
      });
    }
  }
  const sets = [...byDir.values()];
  for (const set of sets) set.files.sort((a, b) => compareVersions(a.version, b.version) || a.path.localeCompare(b.path));
  return sets.sort((a, b) => a.dir.localeCompare(b.dir));
}

/** A pattern naming a directory means the SQL files under it. */
function asGlob(rootDir: string, pattern: string): string {
  if (picomatch.scan(pattern).isGlob) return pattern;
  try {
    if (statSync(path.resolve(rootDir, pattern)).isDirectory()) return `${pattern.replace(/\/+$/, "")}/**/*.sql`;
  } catch {
    // not there (yet): the pattern simply matches nothing
  }
  return pattern;
}
