import type { DoStmt } from "@pgsql/types";
/** A SQL statement inside a DO block, with its UTF-16 offset into the DO statement's text. */
export interface EmbeddedStatement {
    sql: string;
    offset: number;
}
export interface DoBlockContents {
    statements: EmbeddedStatement[];
    /** What could not be looked into: dynamic EXECUTE, or a body the PL/pgSQL parser rejects. */
    unreadable: {
        offset: number;
        reason: string;
    }[];
}
/**
 * The SQL a `DO` block runs. A DO block executes at once (unlike a function body, which is only
 * defined), and tools write real DDL in them: drizzle-kit wrapped every foreign key in
 * `DO $$ BEGIN ALTER TABLE ... EXCEPTION WHEN duplicate_object THEN null; END $$`. The body is
 * parsed with the PL/pgSQL grammar; plain SQL statements and EXECUTE of a constant string are
 * returned for analysis, EXECUTE of SQL built at run time is reported as unreadable.
 */
export declare function doBlockContents(statementSql: string, stmt: DoStmt): DoBlockContents;
