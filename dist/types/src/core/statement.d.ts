import type { Node } from "@pgsql/types";
import type { SourceSpan } from "./location.js";
/** One SQL statement, from a `.sql` file or from a string inside a TS/JS migration. */
export interface Statement extends SourceSpan {
    /** Position in its migration, counting every statement of both directions. */
    index: number;
    /** The statement's text as written (without the separating semicolon). */
    sql: string;
    /**
     * The Postgres AST node (e.g. `{ IndexStmt: {...} }`); absent when Postgres rejects the statement.
     * Node `location` fields are UTF-8 byte offsets into `sql`. Built on first access and cached:
     * operations are extracted at parse time, so most statements never need their tree again.
     */
    readonly ast?: Node;
    /** The AST node's type, e.g. `IndexStmt`. */
    nodeType?: string;
    /** Postgres's message and the position it points at, when it rejects the statement. */
    error?: {
        message: string;
        span: SourceSpan;
    };
    direction: "up" | "down";
    /** Index of the transaction it runs in within its migration, or null when it runs outside one. */
    transaction: number | null;
    /** For SQL embedded in a TS/JS call: the span of that call (suppression comments sit above it). */
    callSpan?: SourceSpan;
}
