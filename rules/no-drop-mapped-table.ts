import { defineRule } from "../src/index.js";
import { code } from "./support/advice.js";
import { recreatedInTransaction, site, tableMapping, unreadableModels } from "./support/mapping.js";

export default defineRule({
  id: "no-drop-mapped-table",
  description: "DROP TABLE or RENAME of a table the app's models still map (or mapped until this change set).",
  severity: "error",
  check(ctx) {
    if (!ctx.schema && !ctx.baseSchema) return;
    for (const op of ctx.operations) {
      if ((op.kind !== "drop-table" && op.kind !== "rename-table") || op.direction !== "up") continue;
      if (op.kind === "drop-table" && recreatedInTransaction(ctx, op, op.table)) continue;
      const newName = op.kind === "rename-table" ? op.newName : undefined;
      // A view under the old name keeps old queries working across a rename until the code has moved.
      const bridge =
        newName === undefined
          ? ""
          : `Create a view under the old name in the same migration (\`CREATE VIEW ${op.table} AS SELECT * FROM ${newName}\`) and drop it in a later deploy, once no running code uses ${code(op.table)}.`;
      const { head, removed } = tableMapping(ctx, op.table);
      if (head) {
        const what = newName === undefined ? `Dropping ${code(op.table)}` : `Renaming ${code(op.table)} to ${code(newName)}`;
        const fix = newName === undefined ? "Remove the model and deploy that first, then drop the table in a later deploy." : bridge;
        ctx.report({
          at: op,
          message: `${what} breaks the app, which still maps it as ${site(head)}: every query on that model fails from the moment this runs. ${fix}`,
        });
        continue;
      }
      if (ctx.isNewTable(op.table, op)) continue;
      if (!removed) {
        const unreadable = unreadableModels(ctx);
        if (!unreadable) continue;
        ctx.report({
          at: op,
          message: `migration-guard could not read ${unreadable}, so it cannot tell whether the app still maps ${code(op.table)}; if it does, every query on that model fails once this runs. Fix the syntax error so the cross-check can read the models.`,
        });
        continue;
      }
      const moved = newName === undefined ? undefined : ctx.schema?.tables.get(newName);
      const change = moved ? `moves the model to ${code(newName!)}, as ${site(moved)},` : `removes ${site(removed)} from the models`;
      const fix = newName === undefined ? "Ship the model change first and drop the table in a later deploy." : bridge;
      ctx.report({
        at: op,
        severity: "warning",
        message: `This change set also ${change}, but the code still running during the rollout queries ${code(op.table)} and fails once this runs. ${fix}`,
      });
    }
  },
});
