import type * as PgQuery from "libpg-query";
/**
 * Loads libpg-query (its JS and its WebAssembly) on first use: a run with no SQL to parse, such
 * as a commit that touches no migration, never pays for it.
 */
export declare function loadPgQuery(): Promise<void>;
/** The loaded parser; `loadSqlParser()` must have completed. */
export declare function pgQuery(): typeof PgQuery;
