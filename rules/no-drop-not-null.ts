import { defineRule, type DropNotNull, type Operation } from "../src/index.js";
import { code } from "./support/advice.js";
import { columnAddedEarlier } from "./support/new-columns.js";

export default defineRule({
  id: "no-drop-not-null",
  description: "DROP NOT NULL on an existing table: code still running during the rollout assumes the column is always set and starts reading NULLs.",
  severity: "warning",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "drop-not-null" || ctx.isNewTable(op.table, op)) continue;
      // Already nullable as the history leaves it (a builder re-declaring the column): nothing changes.
      if (ctx.stateBefore(op).table(op.table)?.columns.get(op.column)?.notNull === false) continue;
      if (columnAddedEarlier(ctx, op.table, op.column, op) || restoredLater(ctx.operations, op)) continue;
      const column = `${code(op.table)}.${code(op.column)}`;
      ctx.report({
        at: op,
        message:
          `After this migration ${column} may hold NULL, but the code still running during the rollout (and any reader of the table: reports, exports, other services) was written for a column that is always set: ` +
          `as soon as new code writes a NULL, old code reading the row fails or mishandles it. ` +
          `Make every reader handle NULL and deploy that first; drop NOT NULL in a later deploy.`,
      });
    }
  },
});

/**
 * NOT NULL set again on the same column later in the same transaction (or by the same builder
 * call: Knex's `.alter()` drops NOT NULL and re-declares it): no reader ever sees a NULL.
 */
function restoredLater(operations: readonly Operation[], drop: DropNotNull): boolean {
  const after = operations.slice(operations.indexOf(drop) + 1);
  return after.some(
    (op) =>
      op.kind === "set-not-null" &&
      op.table === drop.table &&
      op.column === drop.column &&
      ((drop.transaction !== null && op.transaction === drop.transaction) || (drop.call !== undefined && op.call === drop.call && op.span.line === drop.span.line)),
  );
}
