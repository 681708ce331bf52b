import { defineRule, type Operation } from "../src/index.js";
import { code } from "./support/advice.js";
import { sqlColumns, sqlName } from "./support/sql-names.js";

export default defineRule({
  id: "require-not-valid-foreign-key",
  description: "A foreign key added to an existing table without NOT VALID checks every row while blocking writes.",
  severity: "error",
  cost: "foreign-key-scan",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind === "add-constraint") {
        const c = op.constraint;
        if (c.type !== "foreign-key" || c.notValid || ctx.isNewTable(op.table, op)) continue;
        const ref = c.references?.table;
        const locked = ref !== undefined && ref !== op.table ? `${code(op.table)} and ${code(ref)}` : code(op.table);
        const validate = code(`ALTER TABLE ${sqlName(op.table)} VALIDATE CONSTRAINT ${sqlName(c.name)}`);
        ctx.report({
          at: op,
          message:
            `Adding foreign key ${code(c.name)} checks every existing row of ${code(op.table)} while holding SHARE ROW EXCLUSIVE locks on ${locked}: every INSERT, UPDATE and DELETE on them waits until the check is done. ` +
            `Add it with NOT VALID (new rows are still checked) and run ${validate} in a later migration, which lets writes continue.${builderNote(op)}`,
        });
      } else if (op.kind === "add-column") {
        const target = op.column.references;
        if (!target || ctx.isNewTable(op.table, op)) continue;
        const name = `${op.table.slice(op.table.lastIndexOf(".") + 1)}_${op.column.name}_fkey`;
        const addConstraint = code(
          `ALTER TABLE ${sqlName(op.table)} ADD CONSTRAINT ${sqlName(name)} FOREIGN KEY ${sqlColumns([op.column.name])} REFERENCES ${sqlName(target.table)}${target.columns.length > 0 ? ` ${sqlColumns(target.columns)}` : ""} NOT VALID`,
        );
        ctx.report({
          at: op,
          message:
            `ADD COLUMN ${code(op.column.name)} REFERENCES ${code(target.table)} checks every existing row of ${code(op.table)} under the ACCESS EXCLUSIVE lock ADD COLUMN takes (and a SHARE ROW EXCLUSIVE lock on ${code(target.table)}): every read and write of ${code(op.table)} waits until the check is done, and a column constraint cannot be NOT VALID. ` +
            `Add the column without REFERENCES, then ${addConstraint}, and VALIDATE CONSTRAINT in a later migration.${builderNote(op)}`,
        });
      }
    }
  },
});

/** Builder calls have no NOT VALID option, so the fix has to be raw SQL. */
function builderNote(op: Operation): string {
  return op.statement ? "" : " Migration builders cannot emit NOT VALID: write this step as raw SQL.";
}
