import type { Operation, RuleContext } from "../../src/index.js";

/**
 * True when `column` of `table` is added (or created with its table) earlier in this migration
 * than `at`: production has no such column yet, so nothing can be using it. The database state
 * does not record where a column came from, so this looks at the migration's own operations only.
 */
export function columnAddedEarlier(ctx: RuleContext<any>, table: string, column: string, at: Operation): boolean {
  for (const op of ctx.operations) {
    if (op === at) return false;
    if (op.kind === "add-column" && op.table === table && op.column.name === column) return true;
  }
  return false;
}
