/** A column or table name as it must be written in SQL: quoted when Postgres would otherwise fold or reject it. */
export function sqlIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** A possibly schema-qualified name (`billing.Customer`) as SQL, each part quoted when needed. */
export function sqlQualifiedName(name: string): string {
  return name.split(".").map(sqlIdentifier).join(".");
}
