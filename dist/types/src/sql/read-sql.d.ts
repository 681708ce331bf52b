import type { SourceSpan } from "../core/location.js";
import type { Uninspectable } from "../core/migration.js";
import type { Operation } from "../core/operations.js";
import type { Statement } from "../core/statement.js";
import type { LineIndex } from "./positions.js";
/** Where a piece of SQL text sits: a whole `.sql` file, or a string inside a TS/JS migration. */
export interface SqlOrigin {
    /** Lines of the file the SQL is in. */
    lines: LineIndex;
    /** Maps an offset in the SQL text to an offset in the file; identity for a `.sql` file. */
    toFileOffset?: (offset: number) => number;
    direction: "up" | "down";
    /** Index the first statement gets (statements are numbered across the whole migration). */
    firstIndex: number;
    /** For SQL passed to a call in a TS/JS migration: the call's span. */
    callSpan?: SourceSpan;
}
export interface ReadSqlResult {
    statements: Statement[];
    operations: Operation[];
    /** Statements that parsed but that migration-guard failed to analyze (a bug to report, never silence). */
    uninspectable: Uninspectable[];
}
/** Parses SQL text into statements with file positions, and the operations they perform. */
export declare function readSql(text: string, origin: SqlOrigin): ReadSqlResult;
