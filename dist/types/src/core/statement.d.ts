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
    /**
     * For SQL a TS/JS migration builds with a condition between known values (`cond ? "" : "IF NOT
     * EXISTS"`): which variant of the call's SQL this statement belongs to. Every variant is checked;
     * a finding all variants share is reported once, one only some have says which.
     */
    variant?: StatementVariant;
    /**
     * For SQL read inside a helper of the same file: the lines of the calls that led there. A
     * suppression comment above one covers the statement.
     */
    callSites?: number[];
}
export interface StatementVariant {
    /** The same for a statement's counterparts in the other variants (the call, and the statement's place in it). */
    group: string;
    /** What chooses this variant, for messages: "`useIndex` is false". */
    label: string;
    /** How many variants the call has. */
    count: number;
}
