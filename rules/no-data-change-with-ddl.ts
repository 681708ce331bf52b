import { defineRule, lockAtLeast, lockImpact, type Operation, type RuleContext, type TableLock } from "../src/index.js";
import { code, outsideTransactionAdvice, whereInTransaction } from "./support/advice.js";
import { effectiveRows } from "./support/row-bounds.js";
import { statementLabel } from "./support/statement-labels.js";
import { scanTransactions } from "./support/transaction-scan.js";

export default defineRule({
  id: "no-data-change-with-ddl",
  description: "A backfill (UPDATE/INSERT/DELETE/MERGE) in the same transaction as DDL that locks the same table holds that lock for the whole backfill.",
  severity: "error",
  cost: "backfill",
  check(ctx) {
    if (!ctx.operations.some((op) => op.kind === "data-change" && op.transaction !== null)) return;
    scanTransactions(ctx, () => new Map<string, HeldLock>(), (held, ddl) => noteLocks(held, ddl, ctx), (op, held) => {
      if (op.kind !== "data-change") return;
      // One batch or a few targeted rows keep the lock only a moment longer.
      if (effectiveRows(op, ctx.stateBefore(op)) === "bounded") return;
      const strongest = held.get(op.table);
      if (!strongest) return;
      const { ddl, lock } = strongest;
      ctx.report({
        at: op,
        message:
          `This ${op.dml.toUpperCase()} of ${code(op.table)} runs in the same transaction as the ${statementLabel(ddl)} on ${whereInTransaction(ctx, ddl)}, so that statement's ${lock.mode} lock on ${code(lock.table)} ` +
          `stays held until the backfill commits, which ${lockImpact(lock.mode)} for as long as the backfill runs. ` +
          `Ship the schema change on its own and backfill in a later migration or a job, in batches by key range that each commit.${outsideTransactionAdvice(ctx.migration, op)}`,
      });
    });
  },
});

interface HeldLock {
  ddl: Operation;
  lock: TableLock;
}

/**
 * Folds one earlier operation of the transaction into the strongest lock of SHARE or above that
 * DDL holds on each existing table (the first DDL to take it, when two take the same mode).
 */
function noteLocks(held: Map<string, HeldLock>, ddl: Operation, ctx: RuleContext): void {
  if (ddl.kind === "data-change" || ddl.kind === "transaction" || ddl.kind === "set") return;
  for (const lock of ctx.locksOf(ddl)) {
    if (!lockAtLeast(lock.mode, "SHARE") || ctx.isNewTable(lock.table, ddl)) continue;
    const strongest = held.get(lock.table);
    if (!strongest || !lockAtLeast(strongest.lock.mode, lock.mode)) held.set(lock.table, { ddl, lock });
  }
}
