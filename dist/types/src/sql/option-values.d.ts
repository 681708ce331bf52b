import type { Node } from "@pgsql/types";
/**
 * The value of a boolean option in a utility statement's option list (`VACUUM (FULL false)`,
 * `REINDEX (CONCURRENTLY off)`, `EXPLAIN (ANALYZE 0)`), read the way Postgres reads it: a bare
 * name is true; `true`/`on`/`1` and `false`/`off`/`0` set it. Undefined when the option is not
 * in the list. The last occurrence wins; Postgres rejects most repeats, which parse-error cannot
 * see, but the value it would use is the one written.
 */
export declare function booleanOption(options: Node[] | undefined, name: string): boolean | undefined;
