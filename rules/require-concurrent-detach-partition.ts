import { defineRule } from "../src/index.js";
import { code, outsideTransactionAdvice } from "./support/advice.js";

export default defineRule({
  id: "require-concurrent-detach-partition",
  description: "DETACH PARTITION without CONCURRENTLY (Postgres 14+) takes an ACCESS EXCLUSIVE lock on the partitioned table.",
  severity: "warning",
  check(ctx) {
    if (ctx.postgresVersion < 14) return;
    for (const op of ctx.operations) {
      if (op.kind !== "detach-partition" || op.concurrent || ctx.isNewTable(op.table, op)) continue;
      ctx.report({
        at: op,
        message:
          `Detaching ${code(op.partition)} takes an ACCESS EXCLUSIVE lock on the partitioned table ${code(op.table)}: every read and write of every partition waits until the migration's transaction ends, and queues behind any long query already running. ` +
          `Write ${code(`ALTER TABLE ${op.table} DETACH PARTITION ${op.partition} CONCURRENTLY`)} (Postgres 14+), which only takes SHARE UPDATE EXCLUSIVE.${outsideTransactionAdvice(ctx.migration, op)}`,
      });
    }
  },
});
