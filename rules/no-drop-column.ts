import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";
import { appMapsTable } from "./support/mapping.js";
import { columnAddedEarlier } from "./support/new-columns.js";

export default defineRule({
  id: "no-drop-column",
  description: "DROP COLUMN on an existing table breaks the code that still maps the column during the rollout.",
  severity: "warning",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "drop-column" || ctx.isNewTable(op.table, op)) continue;
      if (appMapsTable(ctx, op.table)) continue;
      if (columnAddedEarlier(ctx, op.table, op.column, op)) continue;
      const column = code(op.column);
      ctx.report({
        at: op,
        message:
          `Dropping ${column} from ${code(op.table)} breaks the code still running during the rollout that reads or writes it (ORMs select every mapped column), with "column does not exist", and its data is gone. ` +
          `Remove ${column} from the app's models and deploy that first; drop the column in a later deploy.`,
      });
    }
  },
});
