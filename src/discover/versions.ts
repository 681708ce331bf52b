/**
 * Migration order comes from the version prefix of each file (or folder) name: a timestamp
 * (`20240101120000_add_users`, `1700000000000-AddUsers`), a counter (`0001_init`), or Flyway's
 * `V1_2__init`, MikroORM's `Migration20240101120000`. Versions compare segment by segment as
 * numbers, so `V1_10` sorts after `V1_9`.
 */
const VERSION = /^(?:[Vv]|Migration)?(\d+(?:[._]\d+)*)(?=[^\d]|$)/;
/**
 * A class-style name with a timestamp after a word (`InitialSetup20240221144943`, as Medusa names
 * its MikroORM migrations): the timestamp orders it among `Migration2024...` files. Twelve digits
 * at least, so a word with a small number in it (`add2fa`) is not taken for a version.
 */
const WORD_THEN_TIMESTAMP = /^[A-Za-z]+(\d{12,})(?=[^\d]|$)/;

/**
 * Diesel's folders: `2024-01-01-000000_create_users`, newer ones with a counter
 * (`2026-03-19-234307-0000_same_table_joins`). The digits are the version, so each migration has
 * its own and they order with other timestamps.
 */
const DASHED_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}-\d{6}(?:-\d{4})?)(?=[^\d]|$)/;

/** A date-based version: `YYYYMMDD` followed by more digits or none. */
const TIMESTAMP = /^(19|20)\d{6,}$/;

export function versionOf(name: string): string {
  const dashed = DASHED_TIMESTAMP.exec(name);
  if (dashed) return dashed[1]!.replace(/-/g, "");
  const match = VERSION.exec(name) ?? WORD_THEN_TIMESTAMP.exec(name);
  return match ? match[1]! : name;
}

export function compareVersions(a: string, b: string): number {
  // Timestamps of different precision (`20250625_x` beside `20250409154352_y`): the tools sort
  // the names as text (Prisma, Knex, Supabase), so 2025-06-25 comes after 2025-04-09 15:43:52,
  // where comparing the numbers would put the shorter one first.
  if (TIMESTAMP.test(a) && TIMESTAMP.test(b) && a.length !== b.length) return a < b ? -1 : a > b ? 1 : 0;
  const sa = a.split(/[._]/);
  const sb = b.split(/[._]/);
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    const x = sa[i];
    const y = sb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? BigInt(x) : undefined;
    const ny = /^\d+$/.test(y) ? BigInt(y) : undefined;
    if (nx !== undefined && ny !== undefined) {
      if (nx !== ny) return nx < ny ? -1 : 1;
    } else {
      const c = x.localeCompare(y);
      if (c !== 0) return c;
    }
  }
  return 0;
}

/**
 * Ties between equal versions (`20240304123642_traces_view` and `..._traces_view_improvement`)
 * are broken as the tools sort names: by code unit, so a name sorts before its extensions.
 * `localeCompare` would put `_` before `/` and run the improvement first.
 */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
