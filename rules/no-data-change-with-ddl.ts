import { defineRule, lockAtLeast, lockImpact, type Operation, type TableLock } from "../src/index.js";
import { code, outsideTransactionAdvice, whereInTransaction } from "./support/advice.js";
import { effectiveRows } from "./support/row-bounds.js";
import { statementLabel } from "./support/statement-labels.js";

export default defineRule({
  id: "no-data-change-with-ddl",
  description: "A backfill (UPDATE/INSERT/DELETE/MERGE) in the same transaction as DDL that locks the same table holds that lock for the whole backfill.",
  severity: "error",
  cost: "backfill",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "data-change" || op.transaction === null) continue;
      // One batch or a few targeted rows keep the lock only a moment longer.
      if (effectiveRows(op, ctx.stateBefore(op)) === "bounded") continue;
      const held = strongestEarlierLock(ctx.earlierInTransaction(op), op, (ddl) => ctx.locksOf(ddl), (table, at) => ctx.isNewTable(table, at));
      if (!held) continue;
      const { ddl, lock } = held;
      ctx.report({
        at: op,
        message:
          `This ${op.dml.toUpperCase()} of ${code(op.table)} runs in the same transaction as the ${statementLabel(ddl)} on ${whereInTransaction(ctx, ddl)}, so that statement's ${lock.mode} lock on ${code(lock.table)} ` +
          `stays held until the backfill commits, which ${lockImpact(lock.mode)} for as long as the backfill runs. ` +
          `Ship the schema change on its own and backfill in a later migration or a job, in batches by key range that each commit.${outsideTransactionAdvice(ctx.migration, op)}`,
      });
    }
  },
});

/**
 * The strongest lock of SHARE or above that DDL earlier in the same transaction (`earlier`) holds
 * on the table `change` writes, if that table exists in production.
 */
function strongestEarlierLock(
  earlier: readonly Operation[],
  change: Operation & { kind: "data-change" },
  locksOf: (op: Operation) => TableLock[],
  isNewTable: (table: string, at: Operation) => boolean,
): { ddl: Operation; lock: TableLock } | undefined {
  let strongest: { ddl: Operation; lock: TableLock } | undefined;
  for (const ddl of earlier) {
    if (ddl.kind === "data-change" || ddl.kind === "transaction" || ddl.kind === "set") continue;
    for (const lock of locksOf(ddl)) {
      if (lock.table !== change.table || !lockAtLeast(lock.mode, "SHARE") || isNewTable(lock.table, ddl)) continue;
      if (!strongest || !lockAtLeast(strongest.lock.mode, lock.mode)) strongest = { ddl, lock };
    }
  }
  return strongest;
}
