import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";
import { appMapsTable } from "./support/mapping.js";
import { columnAddedEarlier } from "./support/new-columns.js";

export default defineRule({
  id: "no-rename-column",
  description: "RENAME COLUMN on an existing table breaks the code still using the old name during the rollout.",
  severity: "error",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "rename-column" || ctx.isNewTable(op.table, op) || appMapsTable(ctx, op.table)) continue;
      if (columnAddedEarlier(ctx, op.table, op.column, op)) continue;
      const [from, to] = [code(op.column), code(op.newName)];
      ctx.report({
        at: op,
        message:
          `Renaming ${from} to ${to} on ${code(op.table)} takes effect at once, but the code still running during the rollout reads and writes ${from} and fails with "column does not exist" until every instance runs the new version. ` +
          `Add ${to} as a new column, write both from the app, backfill it in batches, move reads to ${to}, and drop ${from} in a later deploy.`,
      });
    }
  },
});
