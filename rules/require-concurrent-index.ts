import { defineRule, type CreateIndex, type RuleContext } from "../src/index.js";
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
      const partitioned = ctx.stateBefore(op).table(op.table)?.partitioned === true;
      if (op.onlyParent && (partitioned || !ctx.stateBefore(op).table(op.table))) {
        // ON ONLY a partitioned table builds nothing: the parent gets an invalid index at once, the
        // first step of building the partitions' indexes concurrently. (ONLY is meant for
        // partitioned tables, so a table the history does not show is taken to be one.)
        continue;
      }
      const what = op.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX";
      ctx.report({
        at: op,
        message: partitioned
          ? partitionedMessage(ctx, op, what)
          : `${what} ${code(op.name)} takes a SHARE lock on ${code(op.table)}: every INSERT, UPDATE and DELETE waits until the index is built, minutes on a large table. ` +
            `Build it with ${what} CONCURRENTLY instead.${concurrentIndexHint(ctx.migration, op, "create")}${outsideTransactionAdvice(ctx.migration, op)}`,
      });
    }
  },
});

/** Postgres cannot build an index on a partitioned table concurrently: the advice is the per-partition pattern. */
function partitionedMessage(ctx: RuleContext, op: CreateIndex, what: string): string {
  return (
    `${what} ${code(op.name)} on the partitioned table ${code(op.table)} builds it on every partition, each under a SHARE lock: INSERT, UPDATE and DELETE wait until all are built. ` +
    `CONCURRENTLY is not allowed on a partitioned table; instead run ${what} ${code(op.name)} ON ONLY ${code(op.table)} (instant; the index stays invalid), ` +
    `then ${what} CONCURRENTLY on each partition and ALTER INDEX ${code(op.name)} ATTACH PARTITION for each of those indexes: the parent's index becomes valid once every partition has one.` +
    concurrentBuildsAdvice(ctx, op)
  );
}

function concurrentBuildsAdvice(ctx: RuleContext, op: CreateIndex): string {
  if (op.transaction === null) return "";
  const optOut = ctx.migration.transaction.optOut;
  return ` The concurrent builds must run outside a transaction${optOut ? `: ${optOut}` : ""}.`;
}
