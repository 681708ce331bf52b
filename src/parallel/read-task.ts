import path from "node:path";
import type { ReadCache } from "../cache/read-cache.js";
import type { ResolvedConfig } from "../config/types.js";
import { describeError } from "../core/internal-error.js";
import type { Migration, SqlMigrationTool } from "../core/migration.js";
import { isCodeMigrationPath } from "../discover/conventions.js";
import { readMigration, type MigrationFileInput } from "../read-migration.js";
import { DEFAULT_READ_LIMITS, readRegularFile } from "../safe-read.js";
import { importResolverFor } from "../typescript/module-resolution.js";

/** One migration file to read and parse. */
export interface ReadTask {
  path: string;
  version: string;
  setId: string;
  setTool: SqlMigrationTool;
  /** Content to use instead of the file's (staged content). */
  content?: string;
  /** See MigrationFileRef.hasDown. */
  hasDown?: boolean;
  /** See MigrationFileRef.downOf. */
  downOf?: string;
  /** Why the file must not be opened (a link out of the repository, a FIFO, over a size limit): it is not read. */
  refused?: string;
}

/** True when some task is a TS/JS migration, so the TypeScript compiler must be loaded first. */
export function needsTypeScript(tasks: readonly ReadTask[]): boolean {
  return tasks.some((t) => isCodeMigrationPath(t.path));
}

/**
 * A migration read, or why it could not be: a file system error (`error` is its code), or a failure
 * of migration-guard itself while parsing or modelling it (`internal`, with the stack for --debug).
 * Plain data, so it crosses from a worker thread.
 */
export type ReadOutcome = { migration: Migration } | { path: string; error: string; internal?: { stack?: string } };

/**
 * Reads and parses one file; a file that cannot be read becomes an outcome with the reason. With a
 * cache, a SQL migration read before with the same content is taken from it.
 */
export function runReadTask(task: ReadTask, cwd: string, config: ResolvedConfig, cache?: ReadCache): ReadOutcome {
  if (task.refused !== undefined) return { path: task.path, error: task.refused };
  let text: string;
  try {
    text = task.content ?? readRegularFile(path.resolve(cwd, task.path), (config.readLimits ?? DEFAULT_READ_LIMITS).maxFileBytes);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    return { path: task.path, error: reason };
  }
  const input: MigrationFileInput = { path: task.path, text, version: task.version, setId: task.setId, setTool: task.setTool };
  if (task.hasDown !== undefined) input.hasDown = task.hasDown;
  if (task.downOf !== undefined) input.downOf = task.downOf;
  try {
    const code = isCodeMigrationPath(task.path);
    const cached = code ? undefined : cache?.get(task, text);
    if (cached) return { migration: cached };
    const migration = readMigration(input, config, code ? { resolver: importResolverFor(cwd) } : {});
    if (!code) cache?.set(task, text, migration);
    return { migration };
  } catch (error) {
    // One file that breaks the reader (a parser's stack overflow on deep nesting, a bug) costs only that file.
    const stack = error instanceof Error ? error.stack : undefined;
    return { path: task.path, error: describeError(error), internal: stack ? { stack } : {} };
  }
}
