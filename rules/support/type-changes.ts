import type { TypeSpec } from "../../src/index.js";

/**
 * Which `ALTER COLUMN ... TYPE` changes Postgres applies to the catalog only, without rewriting the
 * table. Postgres skips the rewrite when converting a value is a no-op on its stored bytes: a
 * binary-coercible cast (varchar → text, cidr → inet), or a length/precision coercion that can
 * only widen (varchar(n) → varchar(m ≥ n), numeric(p,s) → numeric(q ≥ p,s), ...). Since 12 the
 * timestamp ↔ timestamptz conversion joins them, but only when the session TimeZone is UTC,
 * because only then is the stored value the same.
 *
 * Arrays are treated as rewrites whenever the element type changes: Postgres converts them element
 * by element, which it does not recognize as a no-op.
 */
export type TypeChange =
  /** The same type again: nothing changes. */
  | { kind: "same" }
  /** A catalog-only change. */
  | { kind: "no-rewrite" }
  /** Catalog-only on Postgres 12+ when the session TimeZone is UTC, a rewrite otherwise. */
  | { kind: "no-rewrite-if-utc" }
  | { kind: "rewrite" };

/** What the rewrite-free changes are, for messages. */
export const REWRITE_FREE_CHANGES =
  "varchar(n) → varchar(m ≥ n), varchar or text; text → varchar without a limit; numeric(p,s) → numeric(q ≥ p,s) or numeric; " +
  "bit varying(n) → bit varying(m ≥ n); cidr → inet; a wider timestamp/time precision; on Postgres 12+ timestamp ↔ timestamptz with the session TimeZone UTC";

/** Types that precision/length modifiers can widen without a rewrite. */
const WIDENABLE = new Set(["varchar", "varbit", "numeric", "timestamp", "timestamptz", "time", "timetz"]);

/** The highest fractional-seconds precision: asking for more is the same as no limit. */
const MAX_TIME_PRECISION = 6;

/** Pairs of distinct types whose cast is binary coercible: the stored bytes are already valid. */
const BINARY_COERCIBLE = new Set(["varchar→text", "text→varchar", "cidr→inet"]);

const TIMESTAMPS = new Set(["timestamp", "timestamptz"]);

export function typeChange(from: TypeSpec, to: TypeSpec, postgresVersion: number): TypeChange {
  if (from.array !== to.array) return { kind: "rewrite" };
  if (from.name === to.name && sameModifiers(from, to)) return { kind: "same" };
  if (from.array) return { kind: "rewrite" };
  if (from.name === to.name) return WIDENABLE.has(from.name) && widens(from, to) ? { kind: "no-rewrite" } : { kind: "rewrite" };
  if (BINARY_COERCIBLE.has(`${from.name}→${to.name}`)) {
    // text → varchar(n) must check every value's length: only the unlimited target is free.
    if (to.name === "varchar" && to.modifiers.length > 0) return { kind: "rewrite" };
    return { kind: "no-rewrite" };
  }
  if (TIMESTAMPS.has(from.name) && TIMESTAMPS.has(to.name)) {
    if (postgresVersion < 12 || !widens(from, to)) return { kind: "rewrite" };
    return { kind: "no-rewrite-if-utc" };
  }
  return { kind: "rewrite" };
}

/**
 * True when some current type could reach `to` without a rewrite: used when the history does not
 * show the column's current type, to tell "certainly a rewrite" from "a rewrite unless it widens".
 */
export function canBeRewriteFreeTarget(to: TypeSpec): boolean {
  return !to.array && (WIDENABLE.has(to.name) || to.name === "text" || to.name === "inet");
}

function sameModifiers(a: TypeSpec, b: TypeSpec): boolean {
  const x = effectiveModifiers(a);
  const y = effectiveModifiers(b);
  return x.length === y.length && x.every((m, i) => m === y[i]);
}

/** Modifiers with the spellings that mean the same made equal: numeric(p) is numeric(p,0), timestamp(6) is timestamp. */
function effectiveModifiers(t: TypeSpec): number[] {
  if (t.name === "numeric" && t.modifiers.length === 1) return [t.modifiers[0]!, 0];
  if (isTime(t.name) && (t.modifiers[0] ?? MAX_TIME_PRECISION) >= MAX_TIME_PRECISION) return [];
  return t.modifiers;
}

/** True when every value of `from` fits `to` unchanged, judged by the modifiers alone. */
function widens(from: TypeSpec, to: TypeSpec): boolean {
  const f = effectiveModifiers(from);
  const t = effectiveModifiers(to);
  if (t.length === 0) return true;
  if (f.length === 0) return false;
  if (from.name === "numeric") return t[1] === f[1] && t[0]! >= f[0]!;
  return t[0]! >= f[0]!;
}

function isTime(name: string): boolean {
  return name === "timestamp" || name === "timestamptz" || name === "time" || name === "timetz";
}

/** Spellings of a TimeZone setting that mean UTC. */
const UTC_NAMES = new Set(["utc", "etc/utc", "uct", "etc/uct", "gmt", "etc/gmt", "zulu", "etc/zulu", "universal", "etc/universal", "0"]);

/** True when a `SET TimeZone` value names UTC (or a zero offset). */
export function isUtcTimeZone(value: string): boolean {
  const v = value.trim().toLowerCase();
  return UTC_NAMES.has(v) || /^'?[+-]?0{1,2}(:00)?'?(::interval)?$/.test(v);
}
