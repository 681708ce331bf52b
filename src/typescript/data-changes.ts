import { renderValue } from "./bindings.js";
import { quoteIdent, quoteName } from "./builder-sql.js";
import type { StaticValue } from "./static-values.js";

/**
 * Data changes of query builders as SQL, so the SQL layer judges them as it judges written SQL:
 * static values become literals (a rule can see a new enum value being used), values known only
 * at run time become parameters.
 */
export function insertSql(table: string, rows: StaticValue | undefined): string {
  const list = rows?.kind === "array" ? rows.items : rows ? [rows] : [];
  const objects = list.filter((r): r is Extract<StaticValue, { kind: "object" }> => r.kind === "object");
  const first = objects[0];
  if (!first || first.entries.size === 0) return `INSERT INTO ${quoteName(table)} DEFAULT VALUES`;
  const columns = [...first.entries.keys()];
  let param = 0;
  const values = objects.map((o) => `(${columns.map((c) => renderValue(o.entries.get(c), () => `$${++param}`).text).join(", ")})`);
  return `INSERT INTO ${quoteName(table)} (${columns.map(quoteIdent).join(", ")}) VALUES ${values.join(", ")}`;
}

/** `UPDATE table SET ...` for a values object (`{ status: 'done' }`), with a WHERE clause already rendered. */
export function updateSql(table: string, values: StaticValue | undefined, where: string): string {
  let param = 0;
  const assignments =
    values?.kind === "object" && values.entries.size > 0
      ? [...values.entries].map(([column, value]) => `${quoteIdent(column)} = ${renderValue(value, () => `$${++param}`).text}`)
      : [`"value" = $${++param}`];
  return `UPDATE ${quoteName(table)} SET ${assignments.join(", ")}${where}`;
}
