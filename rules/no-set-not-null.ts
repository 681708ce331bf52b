import { defineRule, type TableState } from "../src/index.js";
import { code } from "./support/advice.js";
import { sqlName } from "./support/sql-names.js";

export default defineRule({
  id: "no-set-not-null",
  description: "SET NOT NULL on an existing table scans every row under an ACCESS EXCLUSIVE lock.",
  severity: "error",
  cost: "scan",
  check(ctx) {
    for (const op of ctx.operations) {
      let column: string | undefined;
      let what: string;
      if (op.kind === "set-not-null") {
        column = op.column;
        what = `SET NOT NULL on ${code(`${op.table}.${op.column}`)}`;
      } else if (op.kind === "add-constraint" && op.constraint.type === "not-null" && !op.constraint.notValid) {
        // Postgres 18's `ADD CONSTRAINT name NOT NULL col` does what SET NOT NULL does, scan included.
        column = op.constraint.columns[0];
        what = `ADD CONSTRAINT ${code(op.constraint.name)} NOT NULL`;
      } else {
        continue;
      }
      if (column === undefined || ctx.isNewTable(op.table, op)) continue;
      const table = ctx.stateBefore(op).table(op.table);
      // Already NOT NULL (declared so, or a validated not-null constraint): nothing to scan.
      if (table?.columns.get(column)?.notNull) continue;
      if (ctx.postgresVersion >= 12 && provenNotNull(table, column)) continue;
      ctx.report({
        at: op,
        message:
          `${what} scans every row of ${code(op.table)} for NULLs while holding an ACCESS EXCLUSIVE lock: every read and write of the table waits until the scan is done. ` +
          safeSteps(ctx.postgresVersion, op.table, column),
      });
    }
  },
});

/** A validated `CHECK (col IS NOT NULL)` lets Postgres 12+ skip the scan. */
function provenNotNull(table: TableState | undefined, column: string): boolean {
  if (!table) return false;
  for (const c of table.constraints.values()) {
    if (c.type === "check" && c.validated && c.notNullColumn === column) return true;
  }
  return false;
}

function safeSteps(version: number, table: string, column: string): string {
  const bare = table.slice(table.lastIndexOf(".") + 1);
  const name = sqlName(`${bare}_${column}_not_null`);
  const alter = `ALTER TABLE ${sqlName(table)}`;
  const col = sqlName(column);
  if (version >= 18) {
    return `Add ${code(`${alter} ADD CONSTRAINT ${name} NOT NULL ${col} NOT VALID`)} (instant, enforced for new rows) and run ${code(`${alter} VALIDATE CONSTRAINT ${name}`)} in a later migration; validating scans without blocking reads or writes and leaves the column NOT NULL.`;
  }
  const check = code(`${alter} ADD CONSTRAINT ${name} CHECK (${col} IS NOT NULL) NOT VALID`);
  if (version >= 12) {
    return `Add ${check}, validate it in a later migration (reads and writes continue), then SET NOT NULL, which skips the scan because the validated check proves it, and drop the check.`;
  }
  return `Postgres ${version} cannot use a CHECK constraint to skip this scan: enforce the rule with ${check}, validated in a later migration (reads and writes continue), instead of SET NOT NULL, or run SET NOT NULL in a maintenance window.`;
}
