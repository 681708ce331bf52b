import type { Operation } from "../core/operations.js";
/**
 * The operations of SQL a migration tool generates for a builder call. The SQL is ours (written
 * the way the tool writes it), so it has no place in the file: the caller points the operations at
 * the call. Undefined when the SQL does not parse (a value we could not render).
 */
export declare function modelGeneratedSql(sql: string, direction: "up" | "down"): Operation[] | undefined;
/** `users` → `"users"`, `audit.events` → `"audit"."events"` (tools quote every identifier). */
export declare function quoteName(name: string): string;
export declare function quoteIdent(name: string): string;
export declare function quoteLiteral(value: string): string;
export declare function columnList(columns: readonly string[]): string;
