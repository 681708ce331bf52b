import { defineRule } from "../src/index.js";
import { code, outsideTransactionAdvice } from "./support/advice.js";
import { concurrentIndexHint } from "./support/index-builders.js";
import { sqlName } from "./support/sql-names.js";

export default defineRule({
  id: "require-concurrent-index-drop",
  description: "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on an existing table.",
  severity: "warning",
  check(ctx) {
    // How many indexes each statement drops, counted once (CONCURRENTLY drops one per statement).
    const dropsPerStatement = new Map<unknown, number>();
    for (const o of ctx.operations) if (o.kind === "drop-index" && o.statement) dropsPerStatement.set(o.statement, (dropsPerStatement.get(o.statement) ?? 0) + 1);
    for (const op of ctx.operations) {
      if (op.kind !== "drop-index" || op.concurrent) continue;
      const index = ctx.stateBefore(op).index(op.index);
      // An index this change set creates is not in production yet; its CREATE is what gets reviewed.
      if (index?.origin.createdInChangeSet) continue;
      // SQL's DROP INDEX does not name the table; an index the history never showed is on an existing one.
      const table = op.table ?? index?.table;
      if (table !== undefined && ctx.isNewTable(table, op)) continue;
      const on = table !== undefined ? code(table) : "its table";
      const limits = [
        ...((op.statement ? (dropsPerStatement.get(op.statement) ?? 0) : 0) > 1 ? ["one index per statement"] : []),
        ...(op.cascade ? ["no CASCADE (drop what depends on the index first)"] : []),
      ];
      const fix = code(`DROP INDEX CONCURRENTLY ${op.ifExists ? "IF EXISTS " : ""}${sqlName(op.index)}`);
      ctx.report({
        at: op,
        message:
          `DROP INDEX ${code(op.index)} takes an ACCESS EXCLUSIVE lock on ${on}: the drop is quick, but it first waits for every query running on the table, and every read and write that arrives meanwhile queues behind it. ` +
          `Use ${fix}${limits.length > 0 ? ` (${limits.join("; ")})` : ""}, which waits for those queries without blocking new ones.${concurrentIndexHint(ctx.migration, op, "drop")}${outsideTransactionAdvice(ctx.migration, op)}`,
      });
    }
  },
});
