import type { ResolvedConfig } from "./config/types.js";
import type { Migration, SqlMigrationTool } from "./core/migration.js";
import { detectFileTool } from "./discover/conventions.js";
import { readSqlMigration } from "./sql/sql-migration.js";

export interface MigrationFileInput {
  path: string;
  text: string;
  version: string;
  setId: string;
  /** The tool the file's set was detected as. */
  setTool: SqlMigrationTool;
}

/** Reads one migration file into the model. */
export function readMigration(file: MigrationFileInput, config: ResolvedConfig): Migration {
  return readSqlMigration(
    { path: file.path, text: file.text, tool: detectFileTool(file.setTool, file.text), version: file.version, setId: file.setId },
    config.assumeTransaction,
  );
}
