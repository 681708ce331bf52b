/** A column type as migration-guard reasons about it, normalized across SQL spellings and builder APIs. */
export interface TypeSpec {
    /**
     * Canonical Postgres name: `int4`, `int8`, `varchar`, `bpchar`, `text`, `numeric`, `timestamp`,
     * `timestamptz`, `json`, `jsonb`, `serial`, `bigserial`, or the user's type name (enums, domains).
     */
    name: string;
    /** Type modifiers, e.g. `[255]` for varchar(255), `[10, 2]` for numeric(10,2). */
    modifiers: number[];
    array: boolean;
    /** How to print it in a message, e.g. `varchar(255)`. */
    display: string;
}
/**
 * Volatility decides whether `ADD COLUMN ... DEFAULT expr` rewrites the table: Postgres 11+ stores a
 * constant or stable default once in the catalog, but evaluates a volatile one for every existing row.
 */
export type Volatility = "constant" | "stable" | "volatile" | "unknown";
/** An expression used as a default value or a generated column. */
export interface ValueExpr {
    /** A short rendering for messages, e.g. `gen_random_uuid()` or `'active'::text`. */
    display: string;
    volatility: Volatility;
    /** Function names called anywhere in the expression, lower-cased. */
    functions: string[];
    /** True for a literal NULL (which is no default at all). */
    isNull: boolean;
}
/** The canonical Postgres name of a type as written in SQL or named by a builder (`integer` → `int4`). */
export declare function canonicalTypeName(name: string): string;
/** Builds a TypeSpec from a type name and modifiers, normalizing aliases. */
export declare function typeSpec(name: string, modifiers?: number[], array?: boolean): TypeSpec;
/** The least safe of several volatilities. */
export declare function worstVolatility(values: Iterable<Volatility>): Volatility;
