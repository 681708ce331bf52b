/**
 * Words Postgres reserves (fully, or as names of types and functions): a table or column named
 * like this only works quoted, so a suggested statement must quote it.
 */
const RESERVED = new Set(
  (
    "all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate collation " +
    "column concurrently constraint create cross current_catalog current_date current_role current_schema current_time " +
    "current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign freeze " +
    "from full grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit " +
    "localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references " +
    "returning right select session_user similar some symmetric system_user table tablesample then to trailing true union " +
    "unique user using variadic verbose when where window with"
  ).split(" "),
);

/**
 * A canonical name (see Operation: unquoted names folded to lower case, `schema.name` outside
 * `public`) written the way SQL needs it, so a suggested statement can be pasted as is:
 * `users` stays `users`, `User` becomes `"User"`, `user` becomes `"user"`.
 */
export function sqlName(name: string): string {
  return name.split(".").map(sqlIdentifier).join(".");
}

/** One identifier as SQL writes it. */
export function sqlIdentifier(part: string): string {
  if (/^[a-z_][a-z0-9_$]*$/.test(part) && !RESERVED.has(part)) return part;
  return `"${part.replace(/"/g, '""')}"`;
}

/** A column list as SQL writes it: `(a, "B")`. */
export function sqlColumns(columns: readonly string[]): string {
  return `(${columns.map(sqlIdentifier).join(", ")})`;
}
