import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";
import { columnMapping, recreatedInTransaction, site, unreadableModels } from "./support/mapping.js";

export default defineRule({
  id: "no-drop-mapped-column",
  description: "DROP COLUMN of a column the app's models still map (or mapped until this change set).",
  severity: "error",
  check(ctx) {
    if (!ctx.schema && !ctx.baseSchema) return;
    for (const op of ctx.operations) {
      if (op.kind !== "drop-column" || op.direction !== "up" || recreatedInTransaction(ctx, op, op.table, op.column)) continue;
      const name = code(`${op.table}.${op.column}`);
      const { head, removed } = columnMapping(ctx, op.table, op.column);
      if (head) {
        ctx.report({
          at: op,
          message:
            `Dropping ${name} breaks the app, which still maps it as ${site(head)}: every query that selects the column fails from the moment this runs. ` +
            "Remove the field from the model and deploy that first, then drop the column in a later deploy.",
        });
      } else if (removed && !ctx.isNewTable(op.table, op)) {
        ctx.report({
          at: op,
          severity: "warning",
          message:
            `This change set also removes ${site(removed)} from the model, but the code still running during the rollout maps ${name} and fails on every query that selects it once this runs. ` +
            "Ship the model change first and drop the column in a later deploy.",
        });
      } else if (!removed && !ctx.isNewTable(op.table, op)) {
        const unreadable = unreadableModels(ctx);
        if (!unreadable) continue;
        ctx.report({
          at: op,
          message:
            `migration-guard could not read ${unreadable}, so it cannot tell whether the app still maps ${name}; if it does, every query that selects the column fails once this runs. ` +
            "Fix the syntax error so the cross-check can read the models.",
        });
      }
    }
  },
});
