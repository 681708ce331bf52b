import path from "node:path";
import type { ResolvedConfig } from "../config/types.js";
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
  /** Why the file must not be opened (a link out of the repository, a FIFO, over a size limit): it is not read. */
  refused?: string;
}

/** True when some task is a TS/JS migration, so the TypeScript compiler must be loaded first. */
export function needsTypeScript(tasks: readonly ReadTask[]): boolean {
  return tasks.some((t) => isCodeMigrationPath(t.path));
}

export type ReadOutcome = { migration: Migration } | { path: string; error: string };

/** Reads and parses one file; a file that cannot be read becomes an outcome with the reason. */
export function runReadTask(task: ReadTask, cwd: string, config: ResolvedConfig): ReadOutcome {
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
  const context = isCodeMigrationPath(task.path) ? { resolver: importResolverFor(cwd) } : {};
  return { migration: readMigration(input, config, context) };
}
