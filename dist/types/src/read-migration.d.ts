import type { ResolvedConfig } from "./config/types.js";
import type { Migration, SqlMigrationTool } from "./core/migration.js";
import type { ImportResolver } from "./typescript/app-dependencies.js";
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
export declare function readMigration(file: MigrationFileInput, config: ResolvedConfig, context?: ReadContext): Migration;
