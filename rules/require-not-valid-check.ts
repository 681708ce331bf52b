import { defineRule, type ConstraintSpec } from "../src/index.js";
import { code } from "./support/advice.js";
import { sqlName } from "./support/sql-names.js";

export default defineRule({
  id: "require-not-valid-check",
  description: "A CHECK constraint added to an existing table without NOT VALID scans every row under an ACCESS EXCLUSIVE lock.",
  severity: "error",
  cost: "scan",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind === "add-constraint") {
        const c = op.constraint;
        if (c.type !== "check" || c.notValid || ctx.isNewTable(op.table, op)) continue;
        const validate = code(`ALTER TABLE ${sqlName(op.table)} VALIDATE CONSTRAINT ${sqlName(c.name)}`);
        ctx.report({
          at: op,
          message:
            `Adding CHECK constraint ${code(c.name)} scans every row of ${code(op.table)} while holding an ACCESS EXCLUSIVE lock: every read and write of the table waits until the scan is done. ` +
            `Add it with NOT VALID (new rows are still checked) and run ${validate} in a later migration, which lets reads and writes continue.`,
        });
      } else if (op.kind === "add-column") {
        // Postgres checks an inline CHECK against every existing row, even when the new column is NULL in all of them.
        const check = op.column.checks[0];
        if (!check || ctx.isNewTable(op.table, op)) continue;
        ctx.report({
          at: op,
          message:
            `The CHECK on new column ${code(op.column.name)} makes ADD COLUMN scan every row of ${code(op.table)} while holding its ACCESS EXCLUSIVE lock: every read and write of the table waits until the scan is done. ` +
            `Add the column without the CHECK, then ${code(addNotValid(op.table, check))}, and VALIDATE CONSTRAINT in a later migration.`,
        });
      }
    }
  },
});

function addNotValid(table: string, check: ConstraintSpec): string {
  const expression = check.expression && check.expression.length <= 80 ? check.expression : "...";
  return `ALTER TABLE ${sqlName(table)} ADD CONSTRAINT ${sqlName(check.name)} CHECK (${expression}) NOT VALID`;
}
