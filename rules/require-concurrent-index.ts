import { defineRule } from "../src/index.js";
import { code, outsideTransactionAdvice } from "./support/advice.js";
import { concurrentIndexHint } from "./support/index-builders.js";

export default defineRule({
  id: "require-concurrent-index",
  description: "CREATE INDEX without CONCURRENTLY on an existing table blocks writes until the index is built.",
  severity: "error",
  cost: "index-build",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "create-index" || op.concurrent) continue;
      if (ctx.isNewTable(op.table, op)) continue;
      const what = op.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX";
      ctx.report({
        at: op,
        message:
          `${what} ${code(op.name)} takes a SHARE lock on ${code(op.table)}: every INSERT, UPDATE and DELETE waits until the index is built, minutes on a large table. ` +
          `Build it with ${what} CONCURRENTLY instead.${concurrentIndexHint(ctx.migration, op, "create")}${outsideTransactionAdvice(ctx.migration, op)}`,
      });
    }
  },
});
