import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";
import { appMapsTable } from "./support/mapping.js";
import { sqlName } from "./support/sql-names.js";
import { hasViewBridge } from "./support/view-bridge.js";

export default defineRule({
  id: "no-rename-table",
  description: "RENAME TO on an existing table breaks the code still using the old name during the rollout.",
  severity: "error",
  check(ctx) {
    for (const op of ctx.operations) {
      if (op.kind !== "rename-table" || ctx.isNewTable(op.table, op) || appMapsTable(ctx, op.table)) continue;
      if (hasViewBridge(ctx, op)) continue;
      const [from, to] = [code(op.table), code(op.newName)];
      ctx.report({
        at: op,
        message:
          `Renaming ${from} to ${to} takes effect at once, but the code still running during the rollout queries ${from} and fails with "relation does not exist" until every instance runs the new version. ` +
          `In the same transaction, create a view under the old name (CREATE VIEW ${sqlName(op.table)} AS SELECT * FROM ${sqlName(op.newName)}; Postgres writes through such a simple view) and drop it once no code uses ${from}, or create ${to} as a new table and dual-write.`,
      });
    }
  },
});
