import type { Operation, RuleContext } from "../../src/index.js";

/**
 * Walks the operations that run in a transaction, in order, keeping one summary per transaction
 * (and direction) of what ran before: `visit` sees each operation with the summary of the
 * operations before it, then `add` folds it in. The first operation of a transaction seeds its
 * summary with `ctx.earlierInTransaction`, which holds the earlier migrations' operations when
 * the tool runs every pending migration in one transaction. One pass: a rule that asked
 * `earlierInTransaction` for every operation would cost O(n²) on a long migration.
 */
export function scanTransactions<Summary>(
  ctx: RuleContext,
  start: () => Summary,
  add: (summary: Summary, op: Operation) => void,
  visit: (op: Operation, summary: Summary) => void,
): void {
  const summaries = new Map<string, Summary>();
  for (const op of ctx.operations) {
    if (op.transaction === null) continue;
    const key = `${op.direction}:${op.transaction}`;
    let summary = summaries.get(key);
    if (!summary) {
      summary = start();
      for (const earlier of ctx.earlierInTransaction(op)) add(summary, earlier);
      summaries.set(key, summary);
    }
    visit(op, summary);
    add(summary, op);
  }
}
