import type { ResolvedConfig } from "./config/types.js";
import type { Migration, SqlMigrationTool } from "./core/migration.js";
import { detectFileTool, isCodeMigrationPath } from "./discover/conventions.js";
import { readSqlMigration } from "./sql/sql-migration.js";
import type { ImportResolver } from "./typescript/app-dependencies.js";
import { readCodeMigration } from "./typescript/code-migration.js";

export interface MigrationFileInput {
  path: string;
  text: string;
  version: string;
  setId: string;
  /** The tool the file's set was detected as. */
  setTool: SqlMigrationTool;
  /** For SQL migrations of a set with down files: whether this one has one. */
  hasDown?: boolean;
}

/** What reading a migration may need beyond its text. */
export interface ReadContext {
  /** Resolves a TS/JS migration's imports (tsconfig paths, workspaces) to tell app code from helpers. */
  resolver?: ImportResolver;
}

/**
 * Reads one migration file into the model. TS/JS migrations need the TypeScript compiler loaded
 * (`loadTypeScript()`), SQL ones the SQL parser (`loadSqlParser()`).
 */
export function readMigration(file: MigrationFileInput, config: ResolvedConfig, context: ReadContext = {}): Migration {
  if (isCodeMigrationPath(file.path)) {
    return readCodeMigration({ path: file.path, text: file.text, version: file.version, setId: file.setId }, context);
  }
  const migration = readSqlMigration(
    { path: file.path, text: file.text, tool: detectFileTool(file.setTool, file.text), version: file.version, setId: file.setId },
    config.assumeTransaction,
  );
  if (migration.hasDown === undefined && file.hasDown !== undefined) migration.hasDown = file.hasDown;
  return migration;
}
