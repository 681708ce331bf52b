import { defineRule } from "../src/index.js";
import { code, outsideTransactionAdvice } from "./support/advice.js";
import { effectiveRows } from "./support/row-bounds.js";

export default defineRule({
  id: "no-unbatched-backfill",
  description: "UPDATE or DELETE of an existing table that is not limited to one batch: every matching row in one statement.",
  severity: "warning",
  cost: "backfill",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "data-change" || (op.dml !== "update" && op.dml !== "delete")) continue;
      if (ctx.isNewTable(op.table, op)) continue;
      const rows = effectiveRows(op, ctx.stateBefore(op));
      if (rows === "bounded") continue;
      const what =
        rows === "none"
          ? `${op.dml === "update" ? "rewrites" : "removes"} every row of ${code(op.table)} in one statement`
          : `has a WHERE that can match every row of ${code(op.table)}, and ${op.dml === "update" ? "rewrites" : "removes"} them all in one statement`;
      ctx.report({
        at: op,
        message:
          `This ${op.dml.toUpperCase()} ${what}: it locks each row until it commits (concurrent writes to them wait), leaves a dead row version per row for vacuum, and on a large table runs for minutes while replicas lag. ` +
          `Work through the table in batches by key range (say 10,000 ids per statement), committing and pausing between batches, from a job or a separate migration.${outsideTransactionAdvice(ctx.migration, op)}`,
      });
    }
  },
});
