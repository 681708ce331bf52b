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
  /** For a down file: the up migration it undoes (see Migration.downOf). */
  downOf?: string;
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
  if (file.downOf !== undefined) {
    const source = { path: file.path, text: file.text, tool: downFileTool(file.setTool), version: file.version, setId: file.setId, direction: "down" as const };
    return { ...readSqlMigration(source, config.assumeTransaction), downOf: file.downOf };
  }
  const migration = readSqlMigration(
    { path: file.path, text: file.text, tool: detectFileTool(file.setTool, file.text), version: file.version, setId: file.setId },
    config.assumeTransaction,
  );
  if (migration.hasDown === undefined && file.hasDown !== undefined) migration.hasDown = file.hasDown;
  return migration;
}

/**
 * The tool that runs a down file. Prisma Migrate never runs one: a `down.sql` beside a
 * `migration.sql` is run by hand (`prisma db execute`), which sends it as one script like any
 * plain SQL file.
 */
function downFileTool(setTool: SqlMigrationTool): SqlMigrationTool {
  return setTool === "prisma" ? "sql" : setTool;
}
