import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";
import { appMapsTable } from "./support/mapping.js";

export default defineRule({
  id: "no-drop-table",
  description: "DROP TABLE of an existing table breaks the code that still uses it during the rollout.",
  severity: "warning",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "drop-table" || ctx.isNewTable(op.table, op) || appMapsTable(ctx, op.table)) continue;
      const table = code(op.table);
      ctx.report({
        at: op,
        message:
          `Dropping ${table} waits for an ACCESS EXCLUSIVE lock on it, then breaks the code still running during the rollout that queries it ("relation does not exist"), and its data is gone. ` +
          `Remove every use of ${table} from the app and deploy that first; drop the table in a later deploy.`,
      });
    }
  },
});
