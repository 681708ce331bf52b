import type { DataChange, DatabaseState, RowSelection } from "../../src/index.js";

/**
 * How many rows a data change can touch, judged with the database state. The SQL reader calls a
 * WHERE that matches columns against a few values (`id = 42`, `id IN (SELECT id ... LIMIT 1000)`)
 * bounded; that holds only when the columns are a key of the table. `status = 'pending'` matches
 * every pending row, which can be the whole table. When the history never shows the table being
 * created its keys are unknown, and the match is given the benefit of the doubt.
 */
export function effectiveRows(op: DataChange, state: DatabaseState): RowSelection {
  if (op.rows !== "bounded" || !op.matchedColumns) return op.rows;
  const keys = uniqueKeys(op.table, state);
  if (!keys) return "bounded";
  const isKeyed = (columns: string[]) => columns.includes("ctid") || keys.some((key) => key.every((c) => columns.includes(c)));
  return op.matchedColumns.every(isKeyed) ? "bounded" : "unbounded";
}

/** The column sets that identify a row of `table`, or undefined when the history does not define the table. */
function uniqueKeys(table: string, state: DatabaseState): string[][] | undefined {
  const t = state.table(table);
  if (!t || t.origin.createdIn === undefined) return undefined;
  const keys: string[][] = [];
  for (const c of t.constraints.values()) {
    if (c.type === "primary-key" || c.type === "unique") keys.push(c.columns);
  }
  for (const index of state.indexes()) {
    // An expression index (`lower(email)`) has no plain column list to match.
    if (index.table === table && index.unique && !index.columns.includes("expr")) keys.push(index.columns);
  }
  return keys.filter((k) => k.length > 0);
}
