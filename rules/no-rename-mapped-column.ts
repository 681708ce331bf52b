import { defineRule, mappedColumn } from "../src/index.js";
import { code } from "./support/advice.js";
import { site } from "./support/mapping.js";

export default defineRule({
  id: "no-rename-mapped-column",
  description: "RENAME COLUMN of a column the app maps under its old name, or maps under the new name only since this change set.",
  severity: "error",
  check(ctx) {
    if (!ctx.schema) return;
    for (const op of ctx.operations) {
      if (op.kind !== "rename-column" || op.direction !== "up") continue;
      const from = code(`${op.table}.${op.column}`);
      const oldName = mappedColumn(ctx.schema, op.table, op.column);
      if (oldName) {
        ctx.report({
          at: op,
          message:
            `Renaming ${from} to ${code(op.newName)} breaks the app, which still maps the old name as ${site(oldName)}: every query that selects it fails once this runs. ` +
            "Add the new column, write to both, backfill, move the model to it, and drop the old column in a later deploy.",
        });
        continue;
      }
      // Only a base tells a model switched in this change set from one switched long ago.
      const newName = mappedColumn(ctx.schema, op.table, op.newName);
      if (!newName || !ctx.baseSchema || mappedColumn(ctx.baseSchema, op.table, op.newName) || ctx.isNewTable(op.table, op)) continue;
      ctx.report({
        at: op,
        message:
          `The model maps the new name ${code(op.newName)} only since this change set (${site(newName)}), so the code still running during the rollout selects ${from}, which no longer exists once this runs. ` +
          "Add the new column next to the old one (write both, backfill), switch the model, and drop the old column in a later deploy.",
      });
    }
  },
});
