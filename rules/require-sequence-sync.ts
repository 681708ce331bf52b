import { defineRule, type ColumnState, type DataChange, type Operation, type TableState } from "../src/index.js";
import { code } from "./support/advice.js";
import { sqlName } from "./support/sql-names.js";

export default defineRule({
  id: "require-sequence-sync",
  description: "An INSERT that writes explicit values into a serial or identity column, with no setval/RESTART for it later in the migration.",
  severity: "warning",
  check(ctx) {
    // The sequence resets of the migration, with their positions: few, and looked up per INSERT.
    const resets = [...ctx.operations.entries()].filter(([, op]) => op.kind === "sequence-reset");
    for (const [position, op] of ctx.operations.entries()) {
      if (op.kind !== "data-change" || op.dml !== "insert" || overridesUserValue(op)) continue;
      const table = ctx.stateBefore(op).table(op.table);
      // Without the table's definition we cannot tell a serial `id` from a uuid or a natural key: stay quiet.
      if (!table) continue;
      const keys = explicitSequenceColumns(op, table);
      if (keys.length === 0) continue;
      if (resets.some(([at, reset]) => at > position && resetsSequenceOf(reset, op, keys))) continue;
      const column = keys[0]!;
      ctx.report({
        at: op,
        message:
          `This INSERT writes its own values into ${code(`${op.table}.${column.name}`)}, whose sequence does not move with them: the next INSERT that relies on the default draws a number already in the table and fails with a duplicate-key error. ` +
          `Move the sequence past the inserted ids later in this migration: \`SELECT setval(pg_get_serial_sequence('${sqlName(op.table)}', '${column.name}'), max(${sqlName(column.name)})) FROM ${sqlName(op.table)};\` (leave headroom if more rows will be backfilled with their own ids).`,
      });
    }
  },
});

/** Serial and identity columns the INSERT gives explicit values; no column list means every column. */
function explicitSequenceColumns(op: DataChange, table: TableState): ColumnState[] {
  const named = op.columns.length > 0 ? op.columns : insertsEveryColumn(op) ? [...table.columns.keys()] : [];
  return named.flatMap((name) => {
    const column = table.columns.get(name);
    if (!column || !(column.serial || column.identity)) return [];
    // GENERATED ALWAYS refuses explicit values unless OVERRIDING SYSTEM VALUE says otherwise.
    if (column.identity === "always" && !op.overridingSystemValue) return [];
    return [column];
  });
}

/** `INSERT INTO t VALUES (...)` / `INSERT INTO t SELECT ...` fill every column; `DEFAULT VALUES` fills none. */
function insertsEveryColumn(op: DataChange): boolean {
  const insert = (op.statement?.ast as { InsertStmt?: { selectStmt?: unknown } } | undefined)?.InsertStmt;
  return insert?.selectStmt !== undefined;
}

/** `OVERRIDING USER VALUE` discards the given values and draws from the sequence. */
function overridesUserValue(op: DataChange): boolean {
  const insert = (op.statement?.ast as { InsertStmt?: { override?: string } } | undefined)?.InsertStmt;
  return insert?.override === "OVERRIDING_USER_VALUE";
}

/**
 * A later `setval(...)`, `ALTER SEQUENCE ... RESTART` or `ALTER COLUMN ... RESTART` that names the
 * table or one of its columns' sequences (Postgres names them `<table>_<column>_seq`).
 */
function resetsSequenceOf(reset: Operation, insert: DataChange, keys: ColumnState[]): boolean {
  if (reset.kind !== "sequence-reset" || reset.direction !== insert.direction) return false;
  const sequences = keys.map((k) => `${insert.table}_${k.name}_seq`);
  return reset.mentions.some((m) => m === insert.table || sequences.includes(m));
}
