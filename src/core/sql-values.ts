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

const TYPE_ALIASES: Record<string, string> = {
  int: "int4",
  integer: "int4",
  smallint: "int2",
  bigint: "int8",
  boolean: "bool",
  "character varying": "varchar",
  character: "bpchar",
  char: "bpchar",
  decimal: "numeric",
  real: "float4",
  float: "float8",
  "double precision": "float8",
  "timestamp without time zone": "timestamp",
  "timestamp with time zone": "timestamptz",
  "time without time zone": "time",
  "time with time zone": "timetz",
  "bit varying": "varbit",
};

const DISPLAY_NAMES: Record<string, string> = {
  int4: "integer",
  int8: "bigint",
  int2: "smallint",
  bool: "boolean",
  bpchar: "char",
  float4: "real",
  float8: "double precision",
  varbit: "bit varying",
};

/** The canonical Postgres name of a type as written in SQL or named by a builder (`integer` → `int4`). */
export function canonicalTypeName(name: string): string {
  const lower = name.toLowerCase().trim();
  return TYPE_ALIASES[lower] ?? lower;
}

/** Builds a TypeSpec from a type name and modifiers, normalizing aliases. */
export function typeSpec(name: string, modifiers: number[] = [], array = false): TypeSpec {
  const canonical = canonicalTypeName(name);
  const base = DISPLAY_NAMES[canonical] ?? canonical;
  const display = `${base}${modifiers.length ? `(${modifiers.join(",")})` : ""}${array ? "[]" : ""}`;
  return { name: canonical, modifiers, array, display };
}

const VOLATILITY_ORDER: Volatility[] = ["constant", "stable", "unknown", "volatile"];

/** The least safe of several volatilities. */
export function worstVolatility(values: Iterable<Volatility>): Volatility {
  let worst = 0;
  for (const v of values) worst = Math.max(worst, VOLATILITY_ORDER.indexOf(v));
  return VOLATILITY_ORDER[worst]!;
}
