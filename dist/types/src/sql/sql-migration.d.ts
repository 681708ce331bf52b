import type { Migration, SqlMigrationTool } from "../core/migration.js";
/** `true`: always, `false`: never, `"multi-statement"`: when the file holds more than one statement. */
export type AssumeTransaction = boolean | "multi-statement";
export interface SqlMigrationSource {
    path: string;
    text: string;
    tool: SqlMigrationTool;
    version: string;
    setId: string;
    /** `down` for a down file: the whole text is the migration's down direction. */
    direction?: "up" | "down";
}
/** Reads a SQL migration file: statements, operations, suppressions and transaction context. */
export declare function readSqlMigration(source: SqlMigrationSource, assumeTransaction?: AssumeTransaction): Migration;
