import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { ResolvedConfig } from "../config/types.js";
import type { Migration } from "../core/migration.js";
import { attachLazyAst } from "../sql/parse.js";
import { VERSION } from "../version.js";

/** The file name `--cache` uses by default, in the working directory (ESLint's `.eslintcache` convention). */
export const DEFAULT_CACHE_FILE = ".migration-guardcache";

/**
 * Where the cache file is: `--cache-location` names a file, or a directory (an existing one, or a
 * path ending in a separator) that gets the default file name.
 */
export function cacheFileFor(cwd: string, location: string | undefined): string {
  if (location === undefined) return path.join(cwd, DEFAULT_CACHE_FILE);
  const resolved = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(resolved, DEFAULT_CACHE_FILE);
  try {
    if (statSync(resolved).isDirectory()) return path.join(resolved, DEFAULT_CACHE_FILE);
  } catch {
    // Not there yet: a file path.
  }
  return resolved;
}

/** What a read depends on besides the file: the task's fields. */
export interface CacheKeyInput {
  path: string;
  version: string;
  setId: string;
  setTool: string;
  hasDown?: boolean;
  downOf?: string;
}

interface CacheFile {
  salt: string;
  entries: Map<string, { hash: string; data: Buffer }>;
}

/**
 * Read SQL migrations kept on disk between runs, keyed by a hash of the file's content, the task
 * and everything else a read depends on (this build of migration-guard, the config), so a pull
 * request's run re-parses only the files that changed. Only SQL migrations are cached: a TS/JS
 * migration's reading follows imports into other files, which its own hash would not cover.
 * An unreadable or foreign cache file is treated as empty and replaced.
 */
export class ReadCache {
  private readonly entries: Map<string, { hash: string; data: Buffer }>;
  private changed = false;
  hits = 0;
  misses = 0;

  private constructor(
    readonly file: string,
    private readonly salt: string,
    loaded: CacheFile | undefined,
  ) {
    this.entries = loaded?.salt === salt ? loaded.entries : new Map();
    if (loaded && loaded.salt !== salt) this.changed = true;
  }

  static open(file: string, config: ResolvedConfig): ReadCache {
    const salt = cacheSalt(config);
    let loaded: CacheFile | undefined;
    try {
      const value = deserialize(readFileSync(file)) as unknown;
      if (isCacheFile(value)) loaded = value;
    } catch {
      // Absent or unreadable: start empty.
    }
    return new ReadCache(file, salt, loaded);
  }

  /** The migration read earlier from this exact content, or undefined. */
  get(task: CacheKeyInput, text: string): Migration | undefined {
    const entry = this.entries.get(task.path);
    if (!entry || entry.hash !== entryHash(task, text)) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    const migration = deserialize(entry.data) as Migration;
    // The lazy ASTs are getters, which do not survive serialization; give them back.
    for (const statement of migration.statements) if (statement.nodeType) attachLazyAst(statement);
    return migration;
  }

  set(task: CacheKeyInput, text: string, migration: Migration): void {
    this.entries.set(task.path, { hash: entryHash(task, text), data: serialize(migration) });
    this.changed = true;
  }

  /** Writes the cache when something changed; a failure to write only costs the next run its speed. */
  save(): string | undefined {
    if (!this.changed) return undefined;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      // Written beside and renamed, so a run that stops half-way never leaves a torn file.
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize({ salt: this.salt, entries: this.entries } satisfies CacheFile));
      renameSync(temporary, this.file);
      this.changed = false;
      return undefined;
    } catch (error) {
      return `could not write the cache file ${this.file}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}

function entryHash(task: CacheKeyInput, text: string): string {
  return createHash("sha1")
    .update(JSON.stringify([task.path, task.version, task.setId, task.setTool, task.hasDown ?? null, task.downOf ?? null]))
    .update("\0")
    .update(text)
    .digest("base64");
}

/**
 * Everything a cached read depends on besides its file: the config (plugins aside, which only
 * rules use) and this build, named by its version and by the size and time of the module that
 * reads, so a rebuilt development copy does not reuse reads of the previous one.
 */
function cacheSalt(config: ResolvedConfig): string {
  let build = "";
  try {
    const self = statSync(fileURLToPath(import.meta.url));
    build = `${self.size}:${self.mtimeMs}`;
  } catch {
    // Not a file (bundled into something else): the version alone.
  }
  const { plugins: _plugins, ...rest } = config;
  return createHash("sha1").update(JSON.stringify([VERSION, build, rest])).digest("base64");
}

function isCacheFile(value: unknown): value is CacheFile {
  return typeof value === "object" && value !== null && typeof (value as CacheFile).salt === "string" && (value as CacheFile).entries instanceof Map;
}
