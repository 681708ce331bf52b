import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";
import { isSerialType } from "./support/serial-types.js";
import { sqlIdentifier } from "./support/sql-names.js";

export default defineRule({
  id: "require-default-for-not-null-column",
  description: "ADD COLUMN ... NOT NULL without a default on an existing table fails on a table with rows, and breaks inserts of code that does not know the column.",
  severity: "error",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "add-column" || !op.column.notNull) continue;
      const c = op.column;
      if (c.default && !c.default.isNull) continue;
      if (c.identity || c.generated || isSerialType(c.type?.name)) continue;
      if (ctx.isNewTable(op.table, op)) continue;
      const name = code(c.name);
      const enforce = `backfill it in batches, then enforce NOT NULL with CHECK (${sqlIdentifier(c.name)} IS NOT NULL) NOT VALID and a separate VALIDATE CONSTRAINT`;
      const fix =
        ctx.postgresVersion >= 11
          ? `Give it a constant DEFAULT (catalog-only on Postgres 11+), or add it nullable, ${enforce}.`
          : `Add it nullable, ${enforce}.`;
      ctx.report({
        at: op,
        message:
          `ADD COLUMN ${name} NOT NULL without a default fails ("contains null values") as soon as ${code(op.table)} has a row, ` +
          `and where it succeeds, inserts from the old code still running during the rollout fail on the missing value. ${fix}`,
      });
    }
  },
});
